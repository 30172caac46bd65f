class LRUCache {
    // Evicts the least recently *inserted* pair: reads do not refresh a key.
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> items = new LinkedHashMap<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return items.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        items.put(key, value);
        if (items.size() > capacity) items.remove(items.keySet().iterator().next());
    }
}
