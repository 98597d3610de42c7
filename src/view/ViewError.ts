/** A problem `kg view` reports to the user (missing build, missing graph, port in use); not a bug. */
export class ViewError extends Error {
  override name = 'ViewError';
}
