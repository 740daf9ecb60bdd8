// Astro 5.18's HTML types predate interest invokers (HTML `interestfor`, used by glossary terms).
declare namespace astroHTML.JSX {
  interface AnchorHTMLAttributes {
    /** The id of a popover to show while the link has the reader's interest (hover, keyboard focus). */
    interestfor?: string | undefined | null;
  }
}
