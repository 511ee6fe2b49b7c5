import { render } from 'preact';
import { bundledIndex } from '../../src/recognise/bundled-index';
import { t, uiDirection, uiLanguage } from '../../src/i18n/t';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import './style.css';

// The page speaks the browser's UI language, right-to-left where that language is.
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('optionsPageTitle');

render(<OptionsApp index={bundledIndex()} />, document.getElementById('app')!);
