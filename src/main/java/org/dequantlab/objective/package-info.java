/**
 * The weighted objective of the toy (docs/maths.md §1.5): the value types that every method's
 * evaluator shares — the loss weights in force, the value with its Rec and KL per category, and the
 * gradient in its pathwise and boundary parts. The evaluators themselves live with their methods
 * ({@link org.dequantlab.method.Objective}).
 */
package org.dequantlab.objective;
