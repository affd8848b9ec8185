import './zod-config';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/palette.css';
import './styles/canvas.css';
import './styles/inspector.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
