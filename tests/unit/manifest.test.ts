// The manifests ask for exactly the permissions the README lists, no site access, no content scripts.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  mode: string;
  manifestVersion: number;
  command: string;
}) => Record<string, any>;
const manifest = (browser: string, mode = 'production') =>
  (config.manifest as unknown as ManifestFn)({ browser, mode, manifestVersion: 3, command: 'build' });

describe('manifest', () => {
  it('Chrome: activeTab, scripting, storage, unlimitedStorage, sidePanel; no host permissions or content scripts', () => {
    const m = manifest('chrome');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'sidePanel']);
    expect(m.host_permissions).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://en.wikipedia.org/*']);
    expect(m.content_scripts).toBeUndefined();
    expect(m.content_security_policy.extension_pages).toMatch(/^script-src 'self'; object-src 'self';/);
  });

  it('Firefox: no sidePanel, gecko id, min versions and no data collection', () => {
    const m = manifest('firefox');
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions).toEqual([]);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'news-lens@newslens.example',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });
});
