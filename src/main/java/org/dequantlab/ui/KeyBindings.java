package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The window's keyboard shortcuts, in one table: Help lists exactly these, and the scene's key filter
 * acts on them. Nothing fires while the user types: in a text field, a spinner's or an editable
 * combo box's editor (those two keep the focus on the control itself, not on the editor, so asking
 * for a focused text field is not enough: typing "-2" into the λ spinner once slowed training).
 */
public final class KeyBindings {
    /** One shortcut: the keys as Help shows them, what they do, and (unless documented only) the action. */
    public record Binding(String keys, String action, Predicate<KeyEvent> matches, Runnable run) {
        /** Whether the window's filter handles it (false: a control handles it itself, e.g. the timeline). */
        public boolean active() {
            return matches != null;
        }
    }

    private final List<Binding> bindings = new ArrayList<>();
    private final List<Predicate<KeyEvent>> first = new ArrayList<>();
    private BooleanSupplier enabled = () -> true;

    /** Adds a shortcut the window's filter handles. */
    public KeyBindings bind(String keys, String action, Predicate<KeyEvent> matches, Runnable run) {
        bindings.add(new Binding(keys, action, matches, run));
        return this;
    }

    /**
     * Lets a control handle keys before the shortcuts (the focused timeline takes ← and →); it returns
     * whether it used the key.
     */
    public KeyBindings first(Predicate<KeyEvent> handler) {
        first.add(handler);
        return this;
    }

    /** Adds a shortcut a control handles itself (listed in Help all the same). */
    public KeyBindings document(String keys, String action) {
        bindings.add(new Binding(keys, action, null, null));
        return this;
    }

    /** Shortcuts act only while this holds (e.g. not while a dialog of the window is open). */
    public void setEnabled(BooleanSupplier enabled) {
        this.enabled = enabled;
    }

    /** Every shortcut Help lists, in order (bindings without an action text are second keys of another). */
    public List<Binding> bindings() {
        return bindings.stream().filter(b -> b.action() != null).toList();
    }

    /**
     * Listens to the scene's key presses (as a filter, before controls see them). A click on anything
     * that cannot take the focus itself (the drawing, the curves, a label) takes it from the field
     * typed in last, which commits the field, so the shortcuts work again.
     */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> handle(scene, e));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node n && !takesFocus(n) && scene.getRoot() != null) {
                scene.getRoot().requestFocus();
            }
        });
    }

    /** Whether a click on {@code n} gives the focus to a control (a field, button, slider …). */
    private static boolean takesFocus(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Control c) {
                return c.isFocusTraversable();
            }
        }
        return false;
    }

    /** Runs the first binding that matches {@code e}, unless the user is typing; returns whether one ran. */
    public boolean handle(Scene scene, KeyEvent e) {
        if (e.isConsumed() || typing(scene.getFocusOwner()) && e.getCode() != KeyCode.ESCAPE
                || !enabled.getAsBoolean()) {
            return false;
        }
        for (Predicate<KeyEvent> h : first) {
            if (h.test(e)) {
                e.consume();
                return true;
            }
        }
        for (Binding b : bindings) {
            if (b.active() && b.matches().test(e)) {
                b.run().run();
                e.consume();
                return true;
            }
        }
        return false;
    }

    /**
     * Whether keys typed now go into text: a text field or area, or a spinner or combo box whose
     * editor is typed into (they hold the focus themselves and forward keys to the editor).
     */
    public static boolean typing(Node focusOwner) {
        for (Node n = focusOwner; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return t.isEditable();
            }
            if (n instanceof Spinner<?> s) {
                return s.isEditable();
            }
            if (n instanceof ComboBoxBase<?> c) {
                return c.isEditable();
            }
        }
        return false;
    }

    // ----------------------------------------------------------------- matchers

    /** The key alone (no Ctrl / Alt / Meta; Shift allowed only where the key needs it). */
    public static Predicate<KeyEvent> key(KeyCode... codes) {
        return e -> !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown() && !e.isMetaDown()
                && List.of(codes).contains(e.getCode());
    }

    /** Ctrl (⌘ on macOS) with the key, Shift as given. */
    public static Predicate<KeyEvent> shortcut(KeyCode code, boolean shift) {
        return e -> e.isShortcutDown() && e.isShiftDown() == shift && !e.isAltDown() && e.getCode() == code;
    }

    /** "?" (Shift and slash on most layouts). */
    public static Predicate<KeyEvent> questionMark() {
        return e -> !e.isShortcutDown() && (e.getCode() == KeyCode.SLASH && e.isShiftDown()
                || "?".equals(e.getText()));
    }
}
