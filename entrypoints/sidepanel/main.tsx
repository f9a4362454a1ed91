import { render } from 'preact';

render(<p>News Lens</p>, document.getElementById('app')!);
