package org.tactician.model.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * The elements of a plan by id, for the resource's id lookups: an open-addressing hash map
 * (linear probing) that keeps keys and values in two arrays, so an entry costs two array slots
 * instead of a map node. A 100,000-element plan's index takes about half the memory of a
 * {@code HashMap}'s. Not thread-safe, no null keys or values.
 */
public final class IdIndex extends AbstractMap<String, EObject> {

    private static final int MINIMUM_CAPACITY = 64;

    private String[] keys;
    private EObject[] values;
    private int size;

    /** An empty index. */
    public IdIndex() {
        keys = new String[MINIMUM_CAPACITY];
        values = new EObject[MINIMUM_CAPACITY];
    }

    /** Makes room for {@code expected} ids in all, so that filling the index does not grow it step by step. */
    public void reserve(int expected) {
        int capacity = keys.length;
        while (capacity < (1 << 30) && expected > capacity * 7L / 10) {
            capacity *= 2;
        }
        if (capacity > keys.length) {
            resize(capacity);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public EObject get(Object key) {
        if (!(key instanceof String id)) {
            return null;
        }
        int mask = keys.length - 1;
        int hash = id.hashCode();
        for (int i = slot(id, mask); keys[i] != null; i = (i + 1) & mask) {
            // The strings cache their hashes: most keys of a probe run differ in it.
            if (keys[i].hashCode() == hash && keys[i].equals(id)) {
                return values[i];
            }
        }
        return null;
    }

    /** The element whose id is {@code chars[from, from + length)}, or null: a look-up without a string. */
    public EObject get(char[] chars, int from, int length) {
        int hash = 0;
        for (int i = from, to = from + length; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = keys.length - 1;
        for (int i = (hash ^ (hash >>> 16)) & mask; keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.hashCode() == hash && key.length() == length && matches(key, chars, from)) {
                return values[i];
            }
        }
        return null;
    }

    /** Whether {@code chars} from {@code from} start with the characters of {@code key}. */
    static boolean matches(String key, char[] chars, int from) {
        for (int i = 0, length = key.length(); i < length; i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public EObject put(String key, EObject value) {
        if (key == null || value == null) {
            throw new NullPointerException("ids and elements are never null");
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int i = slot(key, mask);
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].hashCode() == hash && keys[i].equals(key)) {
                EObject previous = values[i];
                values[i] = value;
                return previous;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size > keys.length * 7L / 10) {
            grow();
        }
        return null;
    }

    @Override
    public EObject putIfAbsent(String key, EObject value) {
        if (key == null || value == null) {
            throw new NullPointerException("ids and elements are never null");
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int i = slot(key, mask);
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].hashCode() == hash && keys[i].equals(key)) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size > keys.length * 7L / 10) {
            grow();
        }
        return null;
    }

    @Override
    public EObject remove(Object key) {
        if (!(key instanceof String id)) {
            return null;
        }
        int mask = keys.length - 1;
        int i = slot(id, mask);
        while (keys[i] != null && !keys[i].equals(id)) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            return null;
        }
        EObject previous = values[i];
        delete(i);
        return previous;
    }

    /** Empties slot {@code hole} and moves later entries of its probe run back, so lookups still find them. */
    private void delete(int hole) {
        int mask = keys.length - 1;
        keys[hole] = null;
        values[hole] = null;
        size--;
        for (int i = (hole + 1) & mask; keys[i] != null; i = (i + 1) & mask) {
            int home = slot(keys[i], mask);
            // The entry at i may move into the hole when its home is not between the hole and i (cyclically).
            boolean movable = hole <= i ? home <= hole || home > i : home <= hole && home > i;
            if (movable) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                keys[i] = null;
                values[i] = null;
                hole = i;
            }
        }
    }

    @Override
    public void clear() {
        keys = new String[MINIMUM_CAPACITY];
        values = new EObject[MINIMUM_CAPACITY];
        size = 0;
    }

    private void grow() {
        resize(keys.length * 2);
    }

    private void resize(int capacity) {
        String[] oldKeys = keys;
        EObject[] oldValues = values;
        keys = new String[capacity];
        values = new EObject[capacity];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(String key, int mask) {
        // Not scrambled: a plan's ids are numbered runs (kpi-0-m1, kpi-0-m2, ...) whose hashes are
        // close, so the entries of one run share cache lines while a large plan is read.
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public Set<Entry<String, EObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, EObject>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);
                    private int last = -1;

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.length && keys[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, EObject> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        last = next;
                        next = advance(next + 1);
                        return new SimpleImmutableEntry<>(keys[last], values[last]);
                    }

                    @Override
                    public void remove() {
                        throw new UnsupportedOperationException("remove by key");
                    }
                };
            }
        };
    }
}
