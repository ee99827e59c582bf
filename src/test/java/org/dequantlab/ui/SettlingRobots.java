package org.dequantlab.ui;

import java.lang.reflect.Field;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.robot.impl.ClickRobotImpl;
import org.testfx.robot.impl.DragRobotImpl;
import org.testfx.robot.impl.MoveRobotImpl;
import org.testfx.robot.impl.ScrollRobotImpl;
import org.testfx.robot.impl.TypeRobotImpl;

/**
 * TestFX robots that wait for the window by events. After every mouse press, release, move or wheel turn
 * and every key press or release, TestFX's own mouse and keyboard robots call
 * {@code WaitForAsyncUtils.waitForFxEvents()}: five times a round trip to the FX thread and a 10 ms sleep,
 * at least 50 ms whatever happened, so a click costs 150 ms of sleeping and a typed key 100 ms. The robots
 * installed here send the same events through TestFX's own robots and then wait with {@link Fx#settle()}:
 * until the FX thread has handled the event, one pulse has laid the window out (CSS, layout, the frame
 * scheduler's redraws) and what that pulse queued has been handled, which is what a test needs before it
 * looks. Clicks, drags, scrolls and typing are TestFX's, built on these two robots.
 * <p>
 * {@link #install} rewires a robot; as a JUnit extension, this class installs them in every {@code FxRobot}
 * handed to a test or a {@code @BeforeEach} method (next to TestFX's {@code ApplicationExtension}).
 */
public final class SettlingRobots implements InvocationInterceptor {
    /** Makes {@code robot}'s mouse and keyboard, and the robots built on them, wait by events; returns it. */
    public static FxRobot install(FxRobot robot) {
        FxRobotContext c = robot.robotContext();
        if (c.getMouseRobot() instanceof SettlingMouse) {
            return robot;
        }
        MouseRobot mouse = new SettlingMouse(c.getMouseRobot());
        KeyboardRobot keyboard = new SettlingKeyboard(c.getKeyboardRobot());
        MoveRobot move = new MoveRobotImpl(c.getBaseRobot(), mouse, c.getSleepRobot());
        rewire(c, "mouseRobot", mouse);
        rewire(c, "keyboardRobot", keyboard);
        rewire(c, "moveRobot", move);
        rewire(c, "clickRobot", new ClickRobotImpl(mouse, move, c.getSleepRobot()));
        rewire(c, "dragRobot", new DragRobotImpl(mouse, move));
        rewire(c, "scrollRobot", new ScrollRobotImpl(mouse));
        rewire(c, "typeRobot", new TypeRobotImpl(keyboard, c.getSleepRobot()));
        return robot;
    }

    /** Sets the context's robot field {@code name} (TestFX has no setters for them). */
    private static void rewire(FxRobotContext c, String name, Object robot) {
        try {
            Field f = FxRobotContext.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(c, robot);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's FxRobotContext changed: its " + name + " cannot be rewired", e);
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<java.lang.reflect.Method> m,
            ExtensionContext c) throws Throwable {
        installInArguments(m);
        invocation.proceed();
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<java.lang.reflect.Method> m, ExtensionContext c) throws Throwable {
        installInArguments(m);
        invocation.proceed();
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<java.lang.reflect.Method> m, ExtensionContext c) throws Throwable {
        installInArguments(m);
        invocation.proceed();
    }

    private static void installInArguments(ReflectiveInvocationContext<java.lang.reflect.Method> m) {
        for (Object a : m.getArguments()) {
            if (a instanceof FxRobot) {
                install((FxRobot) a);
            }
        }
    }

    /** TestFX's mouse robot, waiting by {@link Fx#settle()} after each event. */
    private static final class SettlingMouse implements MouseRobot {
        private final MouseRobot events;

        SettlingMouse(MouseRobot events) {
            this.events = events;
        }

        @Override
        public void press(MouseButton... buttons) {
            events.pressNoWait(buttons);
            Fx.settle();
        }

        @Override
        public void pressNoWait(MouseButton... buttons) {
            events.pressNoWait(buttons);
        }

        @Override
        public Set<MouseButton> getPressedButtons() {
            return events.getPressedButtons();
        }

        @Override
        public void release(MouseButton... buttons) {
            events.releaseNoWait(buttons);
            Fx.settle();
        }

        @Override
        public void releaseNoWait(MouseButton... buttons) {
            events.releaseNoWait(buttons);
        }

        @Override
        public void move(Point2D location) {
            events.moveNoWait(location);
            Fx.settle();
        }

        @Override
        public void moveNoWait(Point2D location) {
            events.moveNoWait(location);
        }

        @Override
        public void scroll(int amount) {
            events.scrollNoWait(amount);
            Fx.settle();
        }

        @Override
        public void scrollNoWait(int amount) {
            events.scrollNoWait(amount);
        }
    }

    /** TestFX's keyboard robot, waiting by {@link Fx#settle()} after each event. */
    private static final class SettlingKeyboard implements KeyboardRobot {
        private final KeyboardRobot events;

        SettlingKeyboard(KeyboardRobot events) {
            this.events = events;
        }

        /** Each key, then a wait, as TestFX's keyboard does. */
        @Override
        public void press(KeyCode... keys) {
            for (KeyCode k : keys) {
                events.pressNoWait(k);
                Fx.settle();
            }
        }

        @Override
        public void pressNoWait(KeyCode... keys) {
            events.pressNoWait(keys);
        }

        @Override
        public Set<KeyCode> getPressedKeys() {
            return events.getPressedKeys();
        }

        /** Each key (every pressed one if none is named), then a wait, as TestFX's keyboard does. */
        @Override
        public void release(KeyCode... keys) {
            for (KeyCode k : keys.length == 0 ? events.getPressedKeys().toArray(new KeyCode[0]) : keys) {
                events.releaseNoWait(k);
                Fx.settle();
            }
        }

        @Override
        public void releaseNoWait(KeyCode... keys) {
            events.releaseNoWait(keys);
        }
    }
}
