import { getBudget } from '../budget';

/** The project pages' routes, shared by /projects/[id] and /en/projects/[id]. */
export function projectPaths() {
  return getBudget().projects.map((project) => ({ params: { id: project.id } }));
}
