/**
 * Plan validation on EMF's validation API: {@link org.tactician.validation.PlanValidator} (an
 * {@code EValidator}), the {@link org.tactician.validation.RuleRegistry rule catalogue},
 * per-plan {@link org.tactician.validation.LintProfile lint profiles}, and
 * {@link org.tactician.validation.PlanValidation} to run it all. Headless.
 */
package org.tactician.validation;
