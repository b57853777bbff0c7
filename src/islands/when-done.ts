/**
 * Event handlers that await go through here: React ignores the promise a handler
 * returns, so a failure would be lost and the person would see nothing. This logs it
 * and shows the message given (in the page's language), and the handler React gets
 * returns nothing.
 */
export function whenDone<A extends unknown[]>(action: (...args: A) => Promise<unknown>, showFailure: () => void): (...args: A) => void {
  return (...args) => {
    action(...args).catch((error: unknown) => {
      console.error(error);
      showFailure();
    });
  };
}
