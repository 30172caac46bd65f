// Accepts any proper divisor of n, or "prime" exactly when n has none.
#include <fstream>
#include <iostream>
#include <string>
#include "validate.h"

int main(int argc, char** argv) {
    std::ifstream input(argv[1]), answer(argv[2]);
    std::string dir = argv[3];
    long long n; input >> n;
    std::string expected; answer >> expected;
    std::string got;
    if (!(std::cin >> got)) reject(dir, "no output");
    std::string extra;
    if (std::cin >> extra) reject(dir, "more than one word");
    if (expected == "prime") { if (got == "prime") accept(); reject(dir, "n is prime"); }
    long long d;
    try { d = std::stoll(got); } catch (...) { reject(dir, "not a number"); }
    if (d > 1 && d < n && n % d == 0) accept();
    reject(dir, "not a proper divisor");
}
