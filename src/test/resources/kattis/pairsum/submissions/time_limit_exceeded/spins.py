import sys

data = sys.stdin.read().split()
count = 0
while True:  # never answers
    count += 1
