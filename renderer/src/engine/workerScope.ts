/**
 * The little of a worker's global scope the app's workers use, typed without the WebWorker lib
 * (which clashes with the DOM lib the rest of the renderer is checked against).
 */
export interface WorkerScope<In, Out> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

export function workerScope<In, Out>(): WorkerScope<In, Out> {
  return self as unknown as WorkerScope<In, Out>;
}
