/**
 * Turns the first Ctrl-C into a flag the build polls, so it can stop before
 * anything is renamed into the output directory; a second Ctrl-C exits at once.
 * Returns the function that removes the handler.
 */
export function onInterrupt(handler: () => void): () => void {
  let count = 0;
  const listener = () => {
    count++;
    if (count > 1) process.exit(130);
    handler();
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
}
