import { EventEmitter } from 'node:events';

export interface DomainEvent {
  type: string;
  payload: Record<string, unknown>;
}

/** In-process domain events, published after commit. Cross-node fan-out (Redis) plugs in here later. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  publish(event: DomainEvent): void {
    this.emitter.emit(event.type, event);
    this.emitter.emit('*', event);
  }

  on(type: string, handler: (event: DomainEvent) => void): () => void {
    this.emitter.on(type, handler);
    return () => this.emitter.off(type, handler);
  }
}
