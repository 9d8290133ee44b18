package dev.zuoraemulator.error;

/** A content encoding the emulator cannot read (415, category 45). */
public class UnsupportedMediaException extends ZuoraException {

    public UnsupportedMediaException(String message) {
        super(ErrorKind.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
