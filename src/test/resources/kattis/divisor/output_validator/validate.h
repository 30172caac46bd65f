// Verdicts of the Kattis output validator protocol.
#include <cstdio>
#include <cstdlib>
#include <string>
inline void accept() { std::exit(42); }
inline void reject(const std::string& dir, const char* why) {
    std::FILE* f = std::fopen((dir + "judgemessage.txt").c_str(), "w");
    if (f) { std::fputs(why, f); std::fclose(f); }
    std::exit(43);
}
