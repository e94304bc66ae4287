/** The process definition cannot say where to go (no flow, or several flows left): a 500 in Altinn. */
export class ProcessEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProcessEngineError';
  }
}
