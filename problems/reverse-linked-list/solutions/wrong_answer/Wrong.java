class Solution {
    // Loses every node but the last two: forgets to remember the rest of the list.
    public ListNode reverseList(ListNode head) {
        if (head == null || head.next == null) return head;
        ListNode second = head.next;
        while (second.next != null) { head = second; second = second.next; }
        second.next = head;
        head.next = null;
        return second;
    }
}
