import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const GECKO_ID = 'news-lens@newslens.example';

// Manifest is identical for every build except: Chrome gets `sidePanel`, Firefox gets gecko settings.
// `--mode e2e` adds a loopback host permission so tests can open the panel as a tab without a gesture.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['tests/**', 'test-results/**', '*.log', '.ci/**'] },
  manifest: ({ browser, mode }) => ({
    name: 'News Lens',
    description: 'Who is quoted, where it happened, and background links, for the news article you are reading.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['https://en.wikipedia.org/*'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    action: { default_title: 'Open News Lens for this article' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open News Lens' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; img-src 'self' data: https://upload.wikimedia.org",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
