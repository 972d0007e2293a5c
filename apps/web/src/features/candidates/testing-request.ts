// Test-only. The API client captures `Request` and `fetch` when it is created, so the fakes must be
// in place before the client module loads (testing.tsx imports this first): requests are built
// from relative paths, which Node's Request only accepts with a base URL, and are answered by
// whatever fake the running test installed.
const NodeRequest = globalThis.Request;
globalThis.Request = class extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, 'http://app.test') : input, init);
  }
};

type Fetch = (request: Request) => Promise<Response>;
let fake: Fetch = () => Promise.reject(new Error('No fake API installed'));
globalThis.fetch = ((request: Request) => fake(request)) as typeof fetch;

export function answerRequestsWith(handler: Fetch) {
  fake = handler;
}

// jsdom has <dialog> but not its modal methods; the app's Dialog relies on them.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
