import { render } from 'preact';
import { bundledIndex } from '../../src/catalogue/bundled';
import { OptionsApp } from '../../src/ui/OptionsApp';
import './style.css';

render(<OptionsApp index={bundledIndex()} />, document.getElementById('app')!);
