// Small line icons for the canvas toolbar, drawn in the text colour so they follow the theme.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/** The toolbar's icons by name. */
export const icons = {
  undo: (
    <Icon>
      <path d="M5.5 3.5 2.5 6.5l3 3" />
      <path d="M2.5 6.5h7a4 4 0 0 1 0 8h-3" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m10.5 3.5 3 3-3 3" />
      <path d="M13.5 6.5h-7a4 4 0 0 0 0 8h3" />
    </Icon>
  ),
  layout: (
    <Icon>
      <rect x="5.5" y="1.5" width="5" height="3.5" rx="1" />
      <rect x="1.5" y="11" width="5" height="3.5" rx="1" />
      <rect x="9.5" y="11" width="5" height="3.5" rx="1" />
      <path d="M8 5v3M4 11V8h8v3" />
    </Icon>
  ),
  grid: (
    <Icon>
      <path d="M1.5 5.5h13M1.5 10.5h13M5.5 1.5v13M10.5 1.5v13" />
    </Icon>
  ),
  note: (
    <Icon>
      <path d="M2.5 2.5h11v7l-4 4h-7z" />
      <path d="M9.5 13.5v-4h4M5 6h6M5 8.5h3" />
    </Icon>
  ),
  find: (
    <Icon>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.5 10.5 4 4" />
    </Icon>
  ),
  download: (
    <Icon>
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
    </Icon>
  ),
  moon: (
    <Icon>
      <path d="M13.5 9.5A6 6 0 0 1 6.5 2.5a6 6 0 1 0 7 7z" />
    </Icon>
  ),
  sun: (
    <Icon>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" />
    </Icon>
  ),
  keyboard: (
    <Icon>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" />
      <path d="M4 6.5h.01M6.5 6.5h.01M9 6.5h.01M11.5 6.5h.01M5 9.5h6" />
    </Icon>
  ),
} satisfies Record<string, ReactNode>;
