import { render } from 'preact';
import { bundledIndex } from '../../src/catalogue/bundled';
import { markPageMode } from '../../src/ui/page-mode';
import { PopupApp } from '../../src/ui/PopupApp';
import './style.css';

void markPageMode();
render(<PopupApp index={bundledIndex()} />, document.getElementById('app')!);
