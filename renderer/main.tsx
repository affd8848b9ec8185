import './zod-config';
import './fonts/bundled-fonts';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/palette.css';
import './styles/canvas.css';
import './styles/inspector.css';
import './styles/canvas-tools.css';
import './styles/dock.css';
import './styles/panes.css';
import './styles/theme-dark.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startTheme } from './theme/theme-store';

// Before the first render, so a dark-mode user never sees a white flash.
startTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
