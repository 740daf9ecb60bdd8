/** The built site under test; DIST_DIR lets a build in another folder be tested. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
