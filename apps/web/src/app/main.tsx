import '@rapport/ui/tokens.css';
import '@rapport/ui/base.css';
import './app.css';
import { mountApp } from '@rapport/client/mount-app';
import { App } from './app';

mountApp(<App />);
