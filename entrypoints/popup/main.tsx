import { render } from 'preact';
import { bundledIndex } from '../../src/recognise/bundled-index';
import { t, uiDirection, uiLanguage } from '../../src/i18n/t';
import { markPageMode } from '../../src/ui/popup/page-mode';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { addSignStyle } from '../../src/ui/popup/sign-style';
import './style.css';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('popupPageTitle');
void markPageMode();
addSignStyle(document);
render(<PopupApp index={bundledIndex()} />, document.getElementById('app')!);
