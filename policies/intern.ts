// Interning for evaluate(): a route's derived materials and groups depend only on which documents the
// answers select, and the same selections recur. A trie over object identities returns the value built
// the first time, so a repeated evaluation allocates no strings and no merged arrays.

interface TrieNode<V> {
  next: Map<unknown, TrieNode<V>> | null;
  value: V | undefined;
}

export class Interner<V> {
  private readonly root: TrieNode<V> = { next: null, value: undefined };

  /** The value for this sequence of objects (compared by identity), made once by `make`. */
  get(seq: readonly unknown[], make: () => V): V {
    let n = this.root;
    for (const x of seq) {
      if (n.next === null) n.next = new Map();
      let c = n.next.get(x);
      if (c === undefined) {
        c = { next: null, value: undefined };
        n.next.set(x, c);
      }
      n = c;
    }
    if (n.value === undefined) n.value = make();
    return n.value;
  }
}
