package dev.feedcard.work;

import java.util.function.Supplier;

/** A value made the first time it is asked for, once however many threads ask at the same time. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    /** The value {@code make} makes, made when it is first asked for; {@code make} must not give null. */
    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) value = made = make.get();
            }
        }
        return made;
    }
}
