/** One ExoML element: PascalCase tag, camelCase attributes, text or element children. */
export interface ExomlElement {
  tag: string;
  attributes: Record<string, string>;
  children: ExomlNode[];
}
export type ExomlNode = ExomlElement | string;
