package org.opendividend.organisations.entity;

/**
 * Taiwan's unified business number (統一編號): eight digits whose weighted digit sum (weights 1,2,1,2,1,2,4,1, the
 * digits of each product added) is divisible by 5 (the rule since 2023; every number valid under the older
 * divisible-by-10 rule still is). When the seventh digit is 7, its product 28 adds up to 10, which counts as 1 or 0,
 * so the number is also valid when the sum plus one is divisible by 5.
 */
public final class UnifiedBusinessNumber {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2, 4, 1};

    private UnifiedBusinessNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{8}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int product = (number.charAt(i) - '0') * WEIGHTS[i];
            sum += product / 10 + product % 10;
        }
        return sum % 5 == 0 || number.charAt(6) == '7' && (sum + 1) % 5 == 0;
    }
}
