import { render } from 'preact';

render(<main><h1>Invite Guard settings</h1><p>Trusted servers and settings arrive with the options issue.</p></main>, document.getElementById('app')!);
