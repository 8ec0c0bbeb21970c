package org.tactician.generators.budget.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.model.RaceStage;

/** Month × RACE stage ({@code SUMIF} over the budget sheet's stage column), lines without a stage unassigned. */
public final class StageSheet {

    private StageSheet() {
    }

    /** Writes the sheet. */
    public static MonthView.Rows write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget) {
        List<String> keys = new ArrayList<>(RaceStage.VALUES.stream().map(stage -> BudgetSheet.stageLabel(context, stage)).toList());
        keys.add(BudgetSheet.stageLabel(context, null));
        return MonthView.write(sheet, context, context.t("column.raceStage"), keys, null,
                (k, r, column) -> MonthView.sumIf(context, budget, BudgetSheet.STAGE_COLUMN, r, column));
    }
}
