/**
 * Entry point. The library starts first (a share link in the address, else the document last
 * worked on, else the IPS example), so the page does not show the example and then replace it;
 * if the browser's storage is slow to answer, the page renders anyway after a short wait. A user who
 * chose English gets the catalogue texts (the English names of ledgers and states, not in the first
 * load) in the same wait, so the first screen does not show them in Danish first.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './state';
import { App, beforeFirstRender } from './ui/app/app';
import './ui/styles.css';

const STARTUP_WAIT_MS = 1500;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const started = appStore.getState().startLibrary().catch(() => undefined);
void Promise.race([Promise.all([started, beforeFirstRender()]), new Promise((resolve) => setTimeout(resolve, STARTUP_WAIT_MS))]).then(() => {
  createRoot(root).render(<StrictMode><App /></StrictMode>);
});
