import { render } from 'preact';

render(<main><h1>Invite Guard</h1><p>The platform card arrives with the popup issue.</p></main>, document.getElementById('app')!);
