import { render } from 'preact';
import { App } from './app.tsx';
import { fetchJson, loadCatalogue } from './catalogue/index.ts';
import { createI18n } from './i18n/index.ts';
import './ui/styles/main.css';
import { createAppState } from './ui/app-state.ts';

// The only module with side effects: create the state, render, start loading.
const i18n = createI18n();
const state = createAppState({ loadCatalogue: () => loadCatalogue(fetchJson) });
const root = document.getElementById('app');
if (root) render(<App state={state} i18n={i18n} />, root);
void state.start();
