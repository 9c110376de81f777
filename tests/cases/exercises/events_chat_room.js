// An EventEmitter-based chat room: join/leave/message events, once, listener counts,
// prependListener, removeListener during emit, error events with and without a listener.
const EventEmitter = require('events');
class Room extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
    this.members = new Map();
  }
  join(user) {
    const handler = (from, text) => {
      if (from !== user) console.log(`[${this.name}] ${user} sees ${from}: ${text}`);
    };
    this.members.set(user, handler);
    this.on('message', handler);
    this.emit('join', user);
  }
  leave(user) {
    this.removeListener('message', this.members.get(user));
    this.members.delete(user);
    this.emit('leave', user);
  }
  say(user, text) {
    if (!this.members.has(user)) return this.emit('error', new Error(`${user} is not in ${this.name}`));
    this.emit('message', user, text);
  }
}
const room = new Room('lobby');
room.on('join', (u) => console.log('join', u, room.listenerCount('message')));
room.once('join', (u) => console.log('first joiner', u));
room.prependListener('leave', (u) => console.log('(prepended) leave', u));
room.on('leave', (u) => console.log('leave', u));
room.join('ada');
room.join('bob');
room.join('cy');
room.say('ada', 'hi all');
room.leave('bob');
room.say('cy', 'bye bob');
room.on('error', (e) => console.log('error event:', e.message));
room.say('bob', 'am I here?');
console.log(room.eventNames(), room.listenerCount('join'), room.getMaxListeners());
console.log(EventEmitter.listenerCount(room, 'message'), room.rawListeners('join').length);
const { once } = require('events');
(async () => {
  setTimeout(() => room.emit('ping', 1, 2), 5);
  console.log('once resolved', await once(room, 'ping'));
  const plain = new EventEmitter();
  try {
    plain.emit('error', new Error('no listener'));
  } catch (e) {
    console.log('thrown', e.message);
  }
  try {
    plain.emit('error', 'a string');
  } catch (e) {
    console.log('thrown', e.name, e.code, e.message);
  }
  for (let i = 0; i < 11; i++) plain.on('x', () => {});
  process.on('warning', (w) => console.log('warning', w.name, w.count, w.type, w.message));
})();
