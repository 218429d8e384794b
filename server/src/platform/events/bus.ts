import { EventEmitter } from 'node:events';

export interface DomainEvent {
  type: string;
  payload: Record<string, unknown>;
}

/** Carries events to the other server nodes (PostgreSQL NOTIFY); see pg-relay.ts. */
export type Relay = (event: DomainEvent) => void;

/**
 * Domain events, published after commit, to this node's handlers. The event types listed by
 * `relayAcross` also reach the other nodes through the relay (a live notice must reach the
 * person's open page whichever node holds the connection); the others stay on the node that
 * published them, where the work they start belongs.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private relay?: Relay;
  private readonly relayed = new Set<string>();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  publish(event: DomainEvent): void {
    this.deliver(event);
    if (this.relay && this.relayed.has(event.type)) this.relay(event);
  }

  /** Hands an event to this node's handlers only (one that arrived from another node). */
  deliver(event: DomainEvent): void {
    this.emitter.emit(event.type, event);
    this.emitter.emit('*', event);
  }

  on(type: string, handler: (event: DomainEvent) => void): () => void {
    this.emitter.on(type, handler);
    return () => this.emitter.off(type, handler);
  }

  /** Marks event types that every node must see. */
  relayAcross(...types: string[]): void {
    for (const type of types) this.relayed.add(type);
  }

  useRelay(relay: Relay | undefined): void {
    this.relay = relay;
  }
}
