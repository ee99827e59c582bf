package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void reportsOneRowPerMethodEstimatorAndK() {
        CliRunner r = CliRunner.run("bench", "--repeats", "3", "--steps", "5", "--warmup", "0", "--no-grid");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("available processors"), r.out());
        List<String> rows = r.out().lines().filter(l -> l.matches("(catnf|trufl)\\s+(exact|mc)\\s+[28]\\s.*")).toList();
        assertEquals(8, rows.size(), r.out());
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            double median = Double.parseDouble(cells[3].replace(",", ""));
            double min = Double.parseDouble(cells[4].replace(",", ""));
            double max = Double.parseDouble(cells[5].replace(",", ""));
            assertTrue(min <= median && median <= max, row);
        }
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2, BenchCommand.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchCommand.median(new double[] {4, 1, 3, 2}));
    }
}
