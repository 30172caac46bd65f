import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in), m = (int) read(in), s = (int) read(in);
        int[] head = new int[n + 1], next = new int[m], to = new int[m];
        long[] weight = new long[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = (int) read(in);
            to[i] = (int) read(in);
            weight[i] = read(in);
            next[i] = head[u];
            head[u] = i;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);
        PriorityQueue<long[]> heap = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        heap.add(new long[]{0, s});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (dist[u] != -1) continue;
            dist[u] = top[0];
            for (int e = head[u]; e != -1; e = next[e]) {
                if (dist[to[e]] == -1) heap.add(new long[]{top[0] + weight[e], to[e]});
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) out.append(dist[i]).append('\n');
        System.out.print(out);
    }

    private static long read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
