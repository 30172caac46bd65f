package arbiter.harness;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * One design test as a single call: construct the candidate's class, then run every operation in order. Its
 * arguments are converted beforehand ({@link Ops}), so a timed call is the candidate's work and the reflection.
 */
public final class DesignRun {

    /** The constructor and its arguments, then one method and its arguments per operation. */
    public record Ops(Constructor<?> constructor, Object[] constructorArguments, Method[] methods, Object[][] arguments) {
    }

    public DesignRun() {
    }

    /** The raw return values; index 0, the constructor's, is null. The candidate's exceptions pass through. */
    public Object[] run(Ops ops) throws Throwable {
        try {
            Object target = ops.constructor().newInstance(ops.constructorArguments());
            Object[] values = new Object[ops.methods().length + 1];
            for (int i = 0; i < ops.methods().length; i++) {
                values[i + 1] = ops.methods()[i].invoke(target, ops.arguments()[i]);
            }
            return values;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
