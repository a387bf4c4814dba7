import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace afwire. */
export namespace afwire {

    /** Status enum. */
    enum Status {

        /** OK value */
        OK = 0,

        /** ERROR value */
        ERROR = 1,

        /** BAD_REQUEST value */
        BAD_REQUEST = 2,

        /** VERSION_MISMATCH value */
        VERSION_MISMATCH = 3,

        /** AUTH_FAILED value */
        AUTH_FAILED = 4,

        /** DEVICE_IN_USE value */
        DEVICE_IN_USE = 5,

        /** SERVICE_IN_USE value */
        SERVICE_IN_USE = 6,

        /** END_OF_TAPE value */
        END_OF_TAPE = 7,

        /** END_OF_FILE value */
        END_OF_FILE = 8,

        /** INVALID_CARTRIDGE value */
        INVALID_CARTRIDGE = 9,

        /** INVALID_TAPE_FILE value */
        INVALID_TAPE_FILE = 10,

        /** CARTRIDGE_SET_DENIED value */
        CARTRIDGE_SET_DENIED = 11,

        /** CLIENT_NOT_UNIQUE value */
        CLIENT_NOT_UNIQUE = 12,

        /** TOO_MANY_CLIENTS value */
        TOO_MANY_CLIENTS = 13,

        /** NOT_OPEN value */
        NOT_OPEN = 14,

        /** DEVICE_UNAVAILABLE value */
        DEVICE_UNAVAILABLE = 15,

        /** PROGRAM_NOT_FOUND value */
        PROGRAM_NOT_FOUND = 16,

        /** SHUTTING_DOWN value */
        SHUTTING_DOWN = 17,

        /** PROTOCOL_ERROR value */
        PROTOCOL_ERROR = 18,

        /** UNSUPPORTED value */
        UNSUPPORTED = 19,

        /** TAPE_ERROR value */
        TAPE_ERROR = 20
    }

    /** StreamerState enum. */
    enum StreamerState {

        /** READY value */
        READY = 0,

        /** BUSY value */
        BUSY = 1,

        /** DEVINUSE value */
        DEVINUSE = 2,

        /** UNAVAIL value */
        UNAVAIL = 3,

        /** UNLOADED value */
        UNLOADED = 4
    }

    /**
     * Properties of an Envelope.
     * @deprecated Use afwire.Envelope.$Properties instead.
     */
    interface IEnvelope extends afwire.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope hello. */
        hello?: (afwire.Hello.$Properties|null);

        /** Envelope authChallenge. */
        authChallenge?: (afwire.AuthChallenge.$Properties|null);

        /** Envelope authResponse. */
        authResponse?: (afwire.AuthResponse.$Properties|null);

        /** Envelope authResult. */
        authResult?: (afwire.AuthResult.$Properties|null);

        /** Envelope fatal. */
        fatal?: (afwire.Fatal.$Properties|null);

        /** Envelope request. */
        request?: (afwire.Request.$Properties|null);

        /** Envelope response. */
        response?: (afwire.Response.$Properties|null);

        /** Envelope kind. */
        kind?: ("hello"|"authChallenge"|"authResponse"|"authResult"|"fatal"|"request"|"response");

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: afwire.Envelope.$Shape): afwire.Envelope & afwire.Envelope.$Shape;
        static create(properties?: afwire.Envelope.$Properties): afwire.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link afwire.Envelope.verify|verify} messages.
         * @param m Envelope message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Envelope & afwire.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Envelope & afwire.Envelope.$Shape;
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope hello */
            hello?: (afwire.Hello.$Properties|null);

            /** Envelope authChallenge */
            authChallenge?: (afwire.AuthChallenge.$Properties|null);

            /** Envelope authResponse */
            authResponse?: (afwire.AuthResponse.$Properties|null);

            /** Envelope authResult */
            authResult?: (afwire.AuthResult.$Properties|null);

            /** Envelope fatal */
            fatal?: (afwire.Fatal.$Properties|null);

            /** Envelope request */
            request?: (afwire.Request.$Properties|null);

            /** Envelope response */
            response?: (afwire.Response.$Properties|null);

            /** Envelope kind */
            kind?: ("hello"|"authChallenge"|"authResponse"|"authResult"|"fatal"|"request"|"response");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Envelope. */
        type $Shape = {
          hello?: afwire.Hello.$Shape|null;
          authChallenge?: afwire.AuthChallenge.$Shape|null;
          authResponse?: afwire.AuthResponse.$Shape|null;
          authResult?: afwire.AuthResult.$Shape|null;
          fatal?: afwire.Fatal.$Shape|null;
          request?: afwire.Request.$Shape|null;
          response?: afwire.Response.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "hello"; hello: afwire.Hello.$Shape; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authChallenge"; hello?: null; authChallenge: afwire.AuthChallenge.$Shape; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authResponse"; hello?: null; authChallenge?: null; authResponse: afwire.AuthResponse.$Shape; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authResult"; hello?: null; authChallenge?: null; authResponse?: null; authResult: afwire.AuthResult.$Shape; fatal?: null; request?: null; response?: null }|{ kind?: "fatal"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal: afwire.Fatal.$Shape; request?: null; response?: null }|{ kind?: "request"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request: afwire.Request.$Shape; response?: null }|{ kind?: "response"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response: afwire.Response.$Shape })
        );
    }

    /**
     * Properties of a Hello.
     * @deprecated Use afwire.Hello.$Properties instead.
     */
    interface IHello extends afwire.Hello.$Properties {
    }

    /** Represents a Hello. */
    class Hello {

        /**
         * Constructs a new Hello.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Hello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Hello protocolMajor. */
        protocolMajor: number;

        /** Hello protocolMinor. */
        protocolMinor: number;

        /** Hello program. */
        program: string;

        /** Hello programVersion. */
        programVersion: string;

        /** Hello serverIdentifier. */
        serverIdentifier: string;

        /**
         * Creates a new Hello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Hello instance
         */
        static create(properties: afwire.Hello.$Shape): afwire.Hello & afwire.Hello.$Shape;
        static create(properties?: afwire.Hello.$Properties): afwire.Hello;

        /**
         * Encodes the specified Hello message. Does not implicitly {@link afwire.Hello.verify|verify} messages.
         * @param m Hello message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Hello & afwire.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Hello & afwire.Hello.$Shape;
    }

    namespace Hello {

        /** Properties of a Hello. */
        interface $Properties {

            /** Hello protocolMajor */
            protocolMajor?: (number|null);

            /** Hello protocolMinor */
            protocolMinor?: (number|null);

            /** Hello program */
            program?: (string|null);

            /** Hello programVersion */
            programVersion?: (string|null);

            /** Hello serverIdentifier */
            serverIdentifier?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Hello. */
        type $Shape = afwire.Hello.$Properties;
    }

    /**
     * Properties of an AuthChallenge.
     * @deprecated Use afwire.AuthChallenge.$Properties instead.
     */
    interface IAuthChallenge extends afwire.AuthChallenge.$Properties {
    }

    /** Represents an AuthChallenge. */
    class AuthChallenge {

        /**
         * Constructs a new AuthChallenge.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.AuthChallenge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AuthChallenge serverNonce. */
        serverNonce: Uint8Array;

        /**
         * Creates a new AuthChallenge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthChallenge instance
         */
        static create(properties: afwire.AuthChallenge.$Shape): afwire.AuthChallenge & afwire.AuthChallenge.$Shape;
        static create(properties?: afwire.AuthChallenge.$Properties): afwire.AuthChallenge;

        /**
         * Encodes the specified AuthChallenge message. Does not implicitly {@link afwire.AuthChallenge.verify|verify} messages.
         * @param m AuthChallenge message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.AuthChallenge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthChallenge message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.AuthChallenge & afwire.AuthChallenge.$Shape} AuthChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.AuthChallenge & afwire.AuthChallenge.$Shape;
    }

    namespace AuthChallenge {

        /** Properties of an AuthChallenge. */
        interface $Properties {

            /** AuthChallenge serverNonce */
            serverNonce?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AuthChallenge. */
        type $Shape = afwire.AuthChallenge.$Properties;
    }

    /**
     * Properties of an AuthResponse.
     * @deprecated Use afwire.AuthResponse.$Properties instead.
     */
    interface IAuthResponse extends afwire.AuthResponse.$Properties {
    }

    /** Represents an AuthResponse. */
    class AuthResponse {

        /**
         * Constructs a new AuthResponse.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.AuthResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AuthResponse clientId. */
        clientId: string;

        /** AuthResponse clientNonce. */
        clientNonce: Uint8Array;

        /** AuthResponse clientMac. */
        clientMac: Uint8Array;

        /**
         * Creates a new AuthResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthResponse instance
         */
        static create(properties: afwire.AuthResponse.$Shape): afwire.AuthResponse & afwire.AuthResponse.$Shape;
        static create(properties?: afwire.AuthResponse.$Properties): afwire.AuthResponse;

        /**
         * Encodes the specified AuthResponse message. Does not implicitly {@link afwire.AuthResponse.verify|verify} messages.
         * @param m AuthResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.AuthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.AuthResponse & afwire.AuthResponse.$Shape} AuthResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.AuthResponse & afwire.AuthResponse.$Shape;
    }

    namespace AuthResponse {

        /** Properties of an AuthResponse. */
        interface $Properties {

            /** AuthResponse clientId */
            clientId?: (string|null);

            /** AuthResponse clientNonce */
            clientNonce?: (Uint8Array|null);

            /** AuthResponse clientMac */
            clientMac?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AuthResponse. */
        type $Shape = afwire.AuthResponse.$Properties;
    }

    /**
     * Properties of an AuthResult.
     * @deprecated Use afwire.AuthResult.$Properties instead.
     */
    interface IAuthResult extends afwire.AuthResult.$Properties {
    }

    /** Represents an AuthResult. */
    class AuthResult {

        /**
         * Constructs a new AuthResult.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.AuthResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AuthResult status. */
        status: afwire.Status;

        /** AuthResult message. */
        message: string;

        /** AuthResult serverMac. */
        serverMac: Uint8Array;

        /**
         * Creates a new AuthResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthResult instance
         */
        static create(properties: afwire.AuthResult.$Shape): afwire.AuthResult & afwire.AuthResult.$Shape;
        static create(properties?: afwire.AuthResult.$Properties): afwire.AuthResult;

        /**
         * Encodes the specified AuthResult message. Does not implicitly {@link afwire.AuthResult.verify|verify} messages.
         * @param m AuthResult message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.AuthResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthResult message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.AuthResult & afwire.AuthResult.$Shape} AuthResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.AuthResult & afwire.AuthResult.$Shape;
    }

    namespace AuthResult {

        /** Properties of an AuthResult. */
        interface $Properties {

            /** AuthResult status */
            status?: (afwire.Status|null);

            /** AuthResult message */
            message?: (string|null);

            /** AuthResult serverMac */
            serverMac?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AuthResult. */
        type $Shape = afwire.AuthResult.$Properties;
    }

    /**
     * Properties of a Fatal.
     * @deprecated Use afwire.Fatal.$Properties instead.
     */
    interface IFatal extends afwire.Fatal.$Properties {
    }

    /** Represents a Fatal. */
    class Fatal {

        /**
         * Constructs a new Fatal.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Fatal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Fatal status. */
        status: afwire.Status;

        /** Fatal message. */
        message: string;

        /**
         * Creates a new Fatal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Fatal instance
         */
        static create(properties: afwire.Fatal.$Shape): afwire.Fatal & afwire.Fatal.$Shape;
        static create(properties?: afwire.Fatal.$Properties): afwire.Fatal;

        /**
         * Encodes the specified Fatal message. Does not implicitly {@link afwire.Fatal.verify|verify} messages.
         * @param m Fatal message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Fatal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Fatal message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Fatal & afwire.Fatal.$Shape} Fatal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Fatal & afwire.Fatal.$Shape;
    }

    namespace Fatal {

        /** Properties of a Fatal. */
        interface $Properties {

            /** Fatal status */
            status?: (afwire.Status|null);

            /** Fatal message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Fatal. */
        type $Shape = afwire.Fatal.$Properties;
    }

    /**
     * Properties of a WritePosition.
     * @deprecated Use afwire.WritePosition.$Properties instead.
     */
    interface IWritePosition extends afwire.WritePosition.$Properties {
    }

    /** Represents a WritePosition. */
    class WritePosition {

        /**
         * Constructs a new WritePosition.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.WritePosition.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WritePosition cartridge. */
        cartridge: number;

        /** WritePosition tapeFile. */
        tapeFile: number;

        /** WritePosition block. */
        block: Long;

        /** WritePosition offset. */
        offset: number;

        /**
         * Creates a new WritePosition instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WritePosition instance
         */
        static create(properties: afwire.WritePosition.$Shape): afwire.WritePosition & afwire.WritePosition.$Shape;
        static create(properties?: afwire.WritePosition.$Properties): afwire.WritePosition;

        /**
         * Encodes the specified WritePosition message. Does not implicitly {@link afwire.WritePosition.verify|verify} messages.
         * @param m WritePosition message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.WritePosition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WritePosition message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.WritePosition & afwire.WritePosition.$Shape} WritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.WritePosition & afwire.WritePosition.$Shape;
    }

    namespace WritePosition {

        /** Properties of a WritePosition. */
        interface $Properties {

            /** WritePosition cartridge */
            cartridge?: (number|null);

            /** WritePosition tapeFile */
            tapeFile?: (number|null);

            /** WritePosition block */
            block?: (Long|null);

            /** WritePosition offset */
            offset?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WritePosition. */
        type $Shape = afwire.WritePosition.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use afwire.Request.$Properties instead.
     */
    interface IRequest extends afwire.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request id. */
        id: number;

        /** Request dataFollows. */
        dataFollows: boolean;

        /** Request openForWrite. */
        openForWrite?: (afwire.OpenForWrite.$Properties|null);

        /** Request openForRead. */
        openForRead?: (afwire.OpenForRead.$Properties|null);

        /** Request write. */
        write?: (afwire.WriteData.$Properties|null);

        /** Request read. */
        read?: (afwire.ReadData.$Properties|null);

        /** Request close. */
        close?: (afwire.CloseTape.$Properties|null);

        /** Request queryPosition. */
        queryPosition?: (afwire.QueryPosition.$Properties|null);

        /** Request queryWritePosition. */
        queryWritePosition?: (afwire.QueryWritePosition.$Properties|null);

        /** Request queryStreamerState. */
        queryStreamerState?: (afwire.QueryStreamerState.$Properties|null);

        /** Request setCartridge. */
        setCartridge?: (afwire.SetCartridge.$Properties|null);

        /** Request setTapeFile. */
        setTapeFile?: (afwire.SetTapeFile.$Properties|null);

        /** Request newTapeFile. */
        newTapeFile?: (afwire.RequestNewTapeFile.$Properties|null);

        /** Request newCartridge. */
        newCartridge?: (afwire.RequestNewCartridge.$Properties|null);

        /** Request listBackupHeaders. */
        listBackupHeaders?: (afwire.ListBackupHeaders.$Properties|null);

        /** Request clientMessage. */
        clientMessage?: (afwire.ClientMessage.$Properties|null);

        /** Request remoteStart. */
        remoteStart?: (afwire.RemoteStart.$Properties|null);

        /** Request goodbye. */
        goodbye?: (afwire.Goodbye.$Properties|null);

        /** Request copyBegin. */
        copyBegin?: (afwire.CopyBegin.$Properties|null);

        /** Request copyTapeFile. */
        copyTapeFile?: (afwire.CopyTapeFile.$Properties|null);

        /** Request copyCommit. */
        copyCommit?: (afwire.CopyCommit.$Properties|null);

        /** Request op. */
        op?: ("openForWrite"|"openForRead"|"write"|"read"|"close"|"queryPosition"|"queryWritePosition"|"queryStreamerState"|"setCartridge"|"setTapeFile"|"newTapeFile"|"newCartridge"|"listBackupHeaders"|"clientMessage"|"remoteStart"|"goodbye"|"copyBegin"|"copyTapeFile"|"copyCommit");

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        static create(properties: afwire.Request.$Shape): afwire.Request & afwire.Request.$Shape;
        static create(properties?: afwire.Request.$Properties): afwire.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link afwire.Request.verify|verify} messages.
         * @param m Request message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Request & afwire.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Request & afwire.Request.$Shape;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request id */
            id?: (number|null);

            /** Request dataFollows */
            dataFollows?: (boolean|null);

            /** Request openForWrite */
            openForWrite?: (afwire.OpenForWrite.$Properties|null);

            /** Request openForRead */
            openForRead?: (afwire.OpenForRead.$Properties|null);

            /** Request write */
            write?: (afwire.WriteData.$Properties|null);

            /** Request read */
            read?: (afwire.ReadData.$Properties|null);

            /** Request close */
            close?: (afwire.CloseTape.$Properties|null);

            /** Request queryPosition */
            queryPosition?: (afwire.QueryPosition.$Properties|null);

            /** Request queryWritePosition */
            queryWritePosition?: (afwire.QueryWritePosition.$Properties|null);

            /** Request queryStreamerState */
            queryStreamerState?: (afwire.QueryStreamerState.$Properties|null);

            /** Request setCartridge */
            setCartridge?: (afwire.SetCartridge.$Properties|null);

            /** Request setTapeFile */
            setTapeFile?: (afwire.SetTapeFile.$Properties|null);

            /** Request newTapeFile */
            newTapeFile?: (afwire.RequestNewTapeFile.$Properties|null);

            /** Request newCartridge */
            newCartridge?: (afwire.RequestNewCartridge.$Properties|null);

            /** Request listBackupHeaders */
            listBackupHeaders?: (afwire.ListBackupHeaders.$Properties|null);

            /** Request clientMessage */
            clientMessage?: (afwire.ClientMessage.$Properties|null);

            /** Request remoteStart */
            remoteStart?: (afwire.RemoteStart.$Properties|null);

            /** Request goodbye */
            goodbye?: (afwire.Goodbye.$Properties|null);

            /** Request copyBegin */
            copyBegin?: (afwire.CopyBegin.$Properties|null);

            /** Request copyTapeFile */
            copyTapeFile?: (afwire.CopyTapeFile.$Properties|null);

            /** Request copyCommit */
            copyCommit?: (afwire.CopyCommit.$Properties|null);

            /** Request op */
            op?: ("openForWrite"|"openForRead"|"write"|"read"|"close"|"queryPosition"|"queryWritePosition"|"queryStreamerState"|"setCartridge"|"setTapeFile"|"newTapeFile"|"newCartridge"|"listBackupHeaders"|"clientMessage"|"remoteStart"|"goodbye"|"copyBegin"|"copyTapeFile"|"copyCommit");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Request. */
        type $Shape = {
          id?: number|null;
          dataFollows?: boolean|null;
          openForWrite?: afwire.OpenForWrite.$Shape|null;
          openForRead?: afwire.OpenForRead.$Shape|null;
          write?: afwire.WriteData.$Shape|null;
          read?: afwire.ReadData.$Shape|null;
          close?: afwire.CloseTape.$Shape|null;
          queryPosition?: afwire.QueryPosition.$Shape|null;
          queryWritePosition?: afwire.QueryWritePosition.$Shape|null;
          queryStreamerState?: afwire.QueryStreamerState.$Shape|null;
          setCartridge?: afwire.SetCartridge.$Shape|null;
          setTapeFile?: afwire.SetTapeFile.$Shape|null;
          newTapeFile?: afwire.RequestNewTapeFile.$Shape|null;
          newCartridge?: afwire.RequestNewCartridge.$Shape|null;
          listBackupHeaders?: afwire.ListBackupHeaders.$Shape|null;
          clientMessage?: afwire.ClientMessage.$Shape|null;
          remoteStart?: afwire.RemoteStart.$Shape|null;
          goodbye?: afwire.Goodbye.$Shape|null;
          copyBegin?: afwire.CopyBegin.$Shape|null;
          copyTapeFile?: afwire.CopyTapeFile.$Shape|null;
          copyCommit?: afwire.CopyCommit.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ op?: undefined; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "openForWrite"; openForWrite: afwire.OpenForWrite.$Shape; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "openForRead"; openForWrite?: null; openForRead: afwire.OpenForRead.$Shape; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "write"; openForWrite?: null; openForRead?: null; write: afwire.WriteData.$Shape; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "read"; openForWrite?: null; openForRead?: null; write?: null; read: afwire.ReadData.$Shape; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "close"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close: afwire.CloseTape.$Shape; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryPosition"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition: afwire.QueryPosition.$Shape; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryWritePosition"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition: afwire.QueryWritePosition.$Shape; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryStreamerState"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState: afwire.QueryStreamerState.$Shape; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "setCartridge"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge: afwire.SetCartridge.$Shape; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "setTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile: afwire.SetTapeFile.$Shape; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "newTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile: afwire.RequestNewTapeFile.$Shape; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "newCartridge"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge: afwire.RequestNewCartridge.$Shape; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "listBackupHeaders"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders: afwire.ListBackupHeaders.$Shape; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "clientMessage"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage: afwire.ClientMessage.$Shape; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "remoteStart"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart: afwire.RemoteStart.$Shape; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "goodbye"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye: afwire.Goodbye.$Shape; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "copyBegin"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin: afwire.CopyBegin.$Shape; copyTapeFile?: null; copyCommit?: null }|{ op?: "copyTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile: afwire.CopyTapeFile.$Shape; copyCommit?: null }|{ op?: "copyCommit"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit: afwire.CopyCommit.$Shape })
        );
    }

    /**
     * Properties of an OpenForWrite.
     * @deprecated Use afwire.OpenForWrite.$Properties instead.
     */
    interface IOpenForWrite extends afwire.OpenForWrite.$Properties {
    }

    /** Represents an OpenForWrite. */
    class OpenForWrite {

        /**
         * Constructs a new OpenForWrite.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.OpenForWrite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OpenForWrite cartridgeSet. */
        cartridgeSet: number;

        /** OpenForWrite kind. */
        kind: string;

        /** OpenForWrite metadata. */
        metadata: { [k: string]: string };

        /**
         * Creates a new OpenForWrite instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpenForWrite instance
         */
        static create(properties: afwire.OpenForWrite.$Shape): afwire.OpenForWrite & afwire.OpenForWrite.$Shape;
        static create(properties?: afwire.OpenForWrite.$Properties): afwire.OpenForWrite;

        /**
         * Encodes the specified OpenForWrite message. Does not implicitly {@link afwire.OpenForWrite.verify|verify} messages.
         * @param m OpenForWrite message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.OpenForWrite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpenForWrite message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.OpenForWrite & afwire.OpenForWrite.$Shape} OpenForWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.OpenForWrite & afwire.OpenForWrite.$Shape;
    }

    namespace OpenForWrite {

        /** Properties of an OpenForWrite. */
        interface $Properties {

            /** OpenForWrite cartridgeSet */
            cartridgeSet?: (number|null);

            /** OpenForWrite kind */
            kind?: (string|null);

            /** OpenForWrite metadata */
            metadata?: ({ [k: string]: string }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OpenForWrite. */
        type $Shape = afwire.OpenForWrite.$Properties;
    }

    /**
     * Properties of an OpenForRead.
     * @deprecated Use afwire.OpenForRead.$Properties instead.
     */
    interface IOpenForRead extends afwire.OpenForRead.$Properties {
    }

    /** Represents an OpenForRead. */
    class OpenForRead {

        /**
         * Constructs a new OpenForRead.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.OpenForRead.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OpenForRead cartridgeSet. */
        cartridgeSet: number;

        /**
         * Creates a new OpenForRead instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpenForRead instance
         */
        static create(properties: afwire.OpenForRead.$Shape): afwire.OpenForRead & afwire.OpenForRead.$Shape;
        static create(properties?: afwire.OpenForRead.$Properties): afwire.OpenForRead;

        /**
         * Encodes the specified OpenForRead message. Does not implicitly {@link afwire.OpenForRead.verify|verify} messages.
         * @param m OpenForRead message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.OpenForRead.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpenForRead message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.OpenForRead & afwire.OpenForRead.$Shape} OpenForRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.OpenForRead & afwire.OpenForRead.$Shape;
    }

    namespace OpenForRead {

        /** Properties of an OpenForRead. */
        interface $Properties {

            /** OpenForRead cartridgeSet */
            cartridgeSet?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OpenForRead. */
        type $Shape = afwire.OpenForRead.$Properties;
    }

    /**
     * Properties of a WriteData.
     * @deprecated Use afwire.WriteData.$Properties instead.
     */
    interface IWriteData extends afwire.WriteData.$Properties {
    }

    /** Represents a WriteData. */
    class WriteData {

        /**
         * Constructs a new WriteData.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.WriteData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new WriteData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteData instance
         */
        static create(properties: afwire.WriteData.$Shape): afwire.WriteData & afwire.WriteData.$Shape;
        static create(properties?: afwire.WriteData.$Properties): afwire.WriteData;

        /**
         * Encodes the specified WriteData message. Does not implicitly {@link afwire.WriteData.verify|verify} messages.
         * @param m WriteData message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.WriteData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteData message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.WriteData & afwire.WriteData.$Shape} WriteData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.WriteData & afwire.WriteData.$Shape;
    }

    namespace WriteData {

        /** Properties of a WriteData. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteData. */
        type $Shape = afwire.WriteData.$Properties;
    }

    /**
     * Properties of a ReadData.
     * @deprecated Use afwire.ReadData.$Properties instead.
     */
    interface IReadData extends afwire.ReadData.$Properties {
    }

    /** Represents a ReadData. */
    class ReadData {

        /**
         * Constructs a new ReadData.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.ReadData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadData maxBytes. */
        maxBytes: Long;

        /** ReadData start. */
        start?: (afwire.WritePosition.$Properties|null);

        /** ReadData singleTapeFile. */
        singleTapeFile: boolean;

        /**
         * Creates a new ReadData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadData instance
         */
        static create(properties: afwire.ReadData.$Shape): afwire.ReadData & afwire.ReadData.$Shape;
        static create(properties?: afwire.ReadData.$Properties): afwire.ReadData;

        /**
         * Encodes the specified ReadData message. Does not implicitly {@link afwire.ReadData.verify|verify} messages.
         * @param m ReadData message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.ReadData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadData message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.ReadData & afwire.ReadData.$Shape} ReadData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.ReadData & afwire.ReadData.$Shape;
    }

    namespace ReadData {

        /** Properties of a ReadData. */
        interface $Properties {

            /** ReadData maxBytes */
            maxBytes?: (Long|null);

            /** ReadData start */
            start?: (afwire.WritePosition.$Properties|null);

            /** ReadData singleTapeFile */
            singleTapeFile?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadData. */
        type $Shape = afwire.ReadData.$Properties;
    }

    /**
     * Properties of a CloseTape.
     * @deprecated Use afwire.CloseTape.$Properties instead.
     */
    interface ICloseTape extends afwire.CloseTape.$Properties {
    }

    /** Represents a CloseTape. */
    class CloseTape {

        /**
         * Constructs a new CloseTape.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CloseTape.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new CloseTape instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseTape instance
         */
        static create(properties: afwire.CloseTape.$Shape): afwire.CloseTape & afwire.CloseTape.$Shape;
        static create(properties?: afwire.CloseTape.$Properties): afwire.CloseTape;

        /**
         * Encodes the specified CloseTape message. Does not implicitly {@link afwire.CloseTape.verify|verify} messages.
         * @param m CloseTape message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CloseTape.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseTape message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CloseTape & afwire.CloseTape.$Shape} CloseTape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CloseTape & afwire.CloseTape.$Shape;
    }

    namespace CloseTape {

        /** Properties of a CloseTape. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CloseTape. */
        type $Shape = afwire.CloseTape.$Properties;
    }

    /**
     * Properties of a QueryPosition.
     * @deprecated Use afwire.QueryPosition.$Properties instead.
     */
    interface IQueryPosition extends afwire.QueryPosition.$Properties {
    }

    /** Represents a QueryPosition. */
    class QueryPosition {

        /**
         * Constructs a new QueryPosition.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.QueryPosition.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new QueryPosition instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryPosition instance
         */
        static create(properties: afwire.QueryPosition.$Shape): afwire.QueryPosition & afwire.QueryPosition.$Shape;
        static create(properties?: afwire.QueryPosition.$Properties): afwire.QueryPosition;

        /**
         * Encodes the specified QueryPosition message. Does not implicitly {@link afwire.QueryPosition.verify|verify} messages.
         * @param m QueryPosition message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.QueryPosition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryPosition message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.QueryPosition & afwire.QueryPosition.$Shape} QueryPosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.QueryPosition & afwire.QueryPosition.$Shape;
    }

    namespace QueryPosition {

        /** Properties of a QueryPosition. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryPosition. */
        type $Shape = afwire.QueryPosition.$Properties;
    }

    /**
     * Properties of a QueryWritePosition.
     * @deprecated Use afwire.QueryWritePosition.$Properties instead.
     */
    interface IQueryWritePosition extends afwire.QueryWritePosition.$Properties {
    }

    /** Represents a QueryWritePosition. */
    class QueryWritePosition {

        /**
         * Constructs a new QueryWritePosition.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.QueryWritePosition.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryWritePosition cartridgeSet. */
        cartridgeSet: number;

        /**
         * Creates a new QueryWritePosition instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryWritePosition instance
         */
        static create(properties: afwire.QueryWritePosition.$Shape): afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape;
        static create(properties?: afwire.QueryWritePosition.$Properties): afwire.QueryWritePosition;

        /**
         * Encodes the specified QueryWritePosition message. Does not implicitly {@link afwire.QueryWritePosition.verify|verify} messages.
         * @param m QueryWritePosition message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.QueryWritePosition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryWritePosition message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape} QueryWritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape;
    }

    namespace QueryWritePosition {

        /** Properties of a QueryWritePosition. */
        interface $Properties {

            /** QueryWritePosition cartridgeSet */
            cartridgeSet?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryWritePosition. */
        type $Shape = afwire.QueryWritePosition.$Properties;
    }

    /**
     * Properties of a QueryStreamerState.
     * @deprecated Use afwire.QueryStreamerState.$Properties instead.
     */
    interface IQueryStreamerState extends afwire.QueryStreamerState.$Properties {
    }

    /** Represents a QueryStreamerState. */
    class QueryStreamerState {

        /**
         * Constructs a new QueryStreamerState.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.QueryStreamerState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new QueryStreamerState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryStreamerState instance
         */
        static create(properties: afwire.QueryStreamerState.$Shape): afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape;
        static create(properties?: afwire.QueryStreamerState.$Properties): afwire.QueryStreamerState;

        /**
         * Encodes the specified QueryStreamerState message. Does not implicitly {@link afwire.QueryStreamerState.verify|verify} messages.
         * @param m QueryStreamerState message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.QueryStreamerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryStreamerState message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape} QueryStreamerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape;
    }

    namespace QueryStreamerState {

        /** Properties of a QueryStreamerState. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryStreamerState. */
        type $Shape = afwire.QueryStreamerState.$Properties;
    }

    /**
     * Properties of a SetCartridge.
     * @deprecated Use afwire.SetCartridge.$Properties instead.
     */
    interface ISetCartridge extends afwire.SetCartridge.$Properties {
    }

    /** Represents a SetCartridge. */
    class SetCartridge {

        /**
         * Constructs a new SetCartridge.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.SetCartridge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetCartridge cartridge. */
        cartridge: number;

        /**
         * Creates a new SetCartridge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetCartridge instance
         */
        static create(properties: afwire.SetCartridge.$Shape): afwire.SetCartridge & afwire.SetCartridge.$Shape;
        static create(properties?: afwire.SetCartridge.$Properties): afwire.SetCartridge;

        /**
         * Encodes the specified SetCartridge message. Does not implicitly {@link afwire.SetCartridge.verify|verify} messages.
         * @param m SetCartridge message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.SetCartridge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetCartridge message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.SetCartridge & afwire.SetCartridge.$Shape} SetCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.SetCartridge & afwire.SetCartridge.$Shape;
    }

    namespace SetCartridge {

        /** Properties of a SetCartridge. */
        interface $Properties {

            /** SetCartridge cartridge */
            cartridge?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetCartridge. */
        type $Shape = afwire.SetCartridge.$Properties;
    }

    /**
     * Properties of a SetTapeFile.
     * @deprecated Use afwire.SetTapeFile.$Properties instead.
     */
    interface ISetTapeFile extends afwire.SetTapeFile.$Properties {
    }

    /** Represents a SetTapeFile. */
    class SetTapeFile {

        /**
         * Constructs a new SetTapeFile.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.SetTapeFile.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetTapeFile tapeFile. */
        tapeFile: number;

        /**
         * Creates a new SetTapeFile instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetTapeFile instance
         */
        static create(properties: afwire.SetTapeFile.$Shape): afwire.SetTapeFile & afwire.SetTapeFile.$Shape;
        static create(properties?: afwire.SetTapeFile.$Properties): afwire.SetTapeFile;

        /**
         * Encodes the specified SetTapeFile message. Does not implicitly {@link afwire.SetTapeFile.verify|verify} messages.
         * @param m SetTapeFile message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.SetTapeFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetTapeFile message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.SetTapeFile & afwire.SetTapeFile.$Shape} SetTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.SetTapeFile & afwire.SetTapeFile.$Shape;
    }

    namespace SetTapeFile {

        /** Properties of a SetTapeFile. */
        interface $Properties {

            /** SetTapeFile tapeFile */
            tapeFile?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetTapeFile. */
        type $Shape = afwire.SetTapeFile.$Properties;
    }

    /**
     * Properties of a RequestNewTapeFile.
     * @deprecated Use afwire.RequestNewTapeFile.$Properties instead.
     */
    interface IRequestNewTapeFile extends afwire.RequestNewTapeFile.$Properties {
    }

    /** Represents a RequestNewTapeFile. */
    class RequestNewTapeFile {

        /**
         * Constructs a new RequestNewTapeFile.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.RequestNewTapeFile.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RequestNewTapeFile instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestNewTapeFile instance
         */
        static create(properties: afwire.RequestNewTapeFile.$Shape): afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape;
        static create(properties?: afwire.RequestNewTapeFile.$Properties): afwire.RequestNewTapeFile;

        /**
         * Encodes the specified RequestNewTapeFile message. Does not implicitly {@link afwire.RequestNewTapeFile.verify|verify} messages.
         * @param m RequestNewTapeFile message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.RequestNewTapeFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestNewTapeFile message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape} RequestNewTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape;
    }

    namespace RequestNewTapeFile {

        /** Properties of a RequestNewTapeFile. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestNewTapeFile. */
        type $Shape = afwire.RequestNewTapeFile.$Properties;
    }

    /**
     * Properties of a RequestNewCartridge.
     * @deprecated Use afwire.RequestNewCartridge.$Properties instead.
     */
    interface IRequestNewCartridge extends afwire.RequestNewCartridge.$Properties {
    }

    /** Represents a RequestNewCartridge. */
    class RequestNewCartridge {

        /**
         * Constructs a new RequestNewCartridge.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.RequestNewCartridge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RequestNewCartridge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestNewCartridge instance
         */
        static create(properties: afwire.RequestNewCartridge.$Shape): afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape;
        static create(properties?: afwire.RequestNewCartridge.$Properties): afwire.RequestNewCartridge;

        /**
         * Encodes the specified RequestNewCartridge message. Does not implicitly {@link afwire.RequestNewCartridge.verify|verify} messages.
         * @param m RequestNewCartridge message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.RequestNewCartridge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestNewCartridge message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape} RequestNewCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape;
    }

    namespace RequestNewCartridge {

        /** Properties of a RequestNewCartridge. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestNewCartridge. */
        type $Shape = afwire.RequestNewCartridge.$Properties;
    }

    /**
     * Properties of a ListBackupHeaders.
     * @deprecated Use afwire.ListBackupHeaders.$Properties instead.
     */
    interface IListBackupHeaders extends afwire.ListBackupHeaders.$Properties {
    }

    /** Represents a ListBackupHeaders. */
    class ListBackupHeaders {

        /**
         * Constructs a new ListBackupHeaders.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.ListBackupHeaders.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ListBackupHeaders cartridge. */
        cartridge: number;

        /**
         * Creates a new ListBackupHeaders instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListBackupHeaders instance
         */
        static create(properties: afwire.ListBackupHeaders.$Shape): afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape;
        static create(properties?: afwire.ListBackupHeaders.$Properties): afwire.ListBackupHeaders;

        /**
         * Encodes the specified ListBackupHeaders message. Does not implicitly {@link afwire.ListBackupHeaders.verify|verify} messages.
         * @param m ListBackupHeaders message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.ListBackupHeaders.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListBackupHeaders message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape} ListBackupHeaders
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape;
    }

    namespace ListBackupHeaders {

        /** Properties of a ListBackupHeaders. */
        interface $Properties {

            /** ListBackupHeaders cartridge */
            cartridge?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ListBackupHeaders. */
        type $Shape = afwire.ListBackupHeaders.$Properties;
    }

    /**
     * Properties of a ClientMessage.
     * @deprecated Use afwire.ClientMessage.$Properties instead.
     */
    interface IClientMessage extends afwire.ClientMessage.$Properties {
    }

    /** Represents a ClientMessage. */
    class ClientMessage {

        /**
         * Constructs a new ClientMessage.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.ClientMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientMessage preciousTapes. */
        preciousTapes?: (afwire.CartridgeList.$Properties|null);

        /** ClientMessage reuseTapes. */
        reuseTapes?: (afwire.CartridgeList.$Properties|null);

        /** ClientMessage tapesReadOnly. */
        tapesReadOnly?: (afwire.CartridgeList.$Properties|null);

        /** ClientMessage tapesReadWrite. */
        tapesReadWrite?: (afwire.CartridgeList.$Properties|null);

        /** ClientMessage deleteClient. */
        deleteClient?: (afwire.DeleteClient.$Properties|null);

        /** ClientMessage kind. */
        kind?: ("preciousTapes"|"reuseTapes"|"tapesReadOnly"|"tapesReadWrite"|"deleteClient");

        /**
         * Creates a new ClientMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientMessage instance
         */
        static create(properties: afwire.ClientMessage.$Shape): afwire.ClientMessage & afwire.ClientMessage.$Shape;
        static create(properties?: afwire.ClientMessage.$Properties): afwire.ClientMessage;

        /**
         * Encodes the specified ClientMessage message. Does not implicitly {@link afwire.ClientMessage.verify|verify} messages.
         * @param m ClientMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.ClientMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.ClientMessage & afwire.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.ClientMessage & afwire.ClientMessage.$Shape;
    }

    namespace ClientMessage {

        /** Properties of a ClientMessage. */
        interface $Properties {

            /** ClientMessage preciousTapes */
            preciousTapes?: (afwire.CartridgeList.$Properties|null);

            /** ClientMessage reuseTapes */
            reuseTapes?: (afwire.CartridgeList.$Properties|null);

            /** ClientMessage tapesReadOnly */
            tapesReadOnly?: (afwire.CartridgeList.$Properties|null);

            /** ClientMessage tapesReadWrite */
            tapesReadWrite?: (afwire.CartridgeList.$Properties|null);

            /** ClientMessage deleteClient */
            deleteClient?: (afwire.DeleteClient.$Properties|null);

            /** ClientMessage kind */
            kind?: ("preciousTapes"|"reuseTapes"|"tapesReadOnly"|"tapesReadWrite"|"deleteClient");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ClientMessage. */
        type $Shape = {
          preciousTapes?: afwire.CartridgeList.$Shape|null;
          reuseTapes?: afwire.CartridgeList.$Shape|null;
          tapesReadOnly?: afwire.CartridgeList.$Shape|null;
          tapesReadWrite?: afwire.CartridgeList.$Shape|null;
          deleteClient?: afwire.DeleteClient.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "preciousTapes"; preciousTapes: afwire.CartridgeList.$Shape; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "reuseTapes"; preciousTapes?: null; reuseTapes: afwire.CartridgeList.$Shape; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "tapesReadOnly"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly: afwire.CartridgeList.$Shape; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "tapesReadWrite"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite: afwire.CartridgeList.$Shape; deleteClient?: null }|{ kind?: "deleteClient"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient: afwire.DeleteClient.$Shape })
        );
    }

    /**
     * Properties of a CartridgeList.
     * @deprecated Use afwire.CartridgeList.$Properties instead.
     */
    interface ICartridgeList extends afwire.CartridgeList.$Properties {
    }

    /** Represents a CartridgeList. */
    class CartridgeList {

        /**
         * Constructs a new CartridgeList.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CartridgeList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CartridgeList cartridges. */
        cartridges: number[];

        /**
         * Creates a new CartridgeList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CartridgeList instance
         */
        static create(properties: afwire.CartridgeList.$Shape): afwire.CartridgeList & afwire.CartridgeList.$Shape;
        static create(properties?: afwire.CartridgeList.$Properties): afwire.CartridgeList;

        /**
         * Encodes the specified CartridgeList message. Does not implicitly {@link afwire.CartridgeList.verify|verify} messages.
         * @param m CartridgeList message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CartridgeList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CartridgeList message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CartridgeList & afwire.CartridgeList.$Shape} CartridgeList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CartridgeList & afwire.CartridgeList.$Shape;
    }

    namespace CartridgeList {

        /** Properties of a CartridgeList. */
        interface $Properties {

            /** CartridgeList cartridges */
            cartridges?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CartridgeList. */
        type $Shape = afwire.CartridgeList.$Properties;
    }

    /**
     * Properties of a DeleteClient.
     * @deprecated Use afwire.DeleteClient.$Properties instead.
     */
    interface IDeleteClient extends afwire.DeleteClient.$Properties {
    }

    /** Represents a DeleteClient. */
    class DeleteClient {

        /**
         * Constructs a new DeleteClient.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.DeleteClient.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeleteClient clientId. */
        clientId: string;

        /**
         * Creates a new DeleteClient instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeleteClient instance
         */
        static create(properties: afwire.DeleteClient.$Shape): afwire.DeleteClient & afwire.DeleteClient.$Shape;
        static create(properties?: afwire.DeleteClient.$Properties): afwire.DeleteClient;

        /**
         * Encodes the specified DeleteClient message. Does not implicitly {@link afwire.DeleteClient.verify|verify} messages.
         * @param m DeleteClient message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.DeleteClient.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteClient message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.DeleteClient & afwire.DeleteClient.$Shape} DeleteClient
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.DeleteClient & afwire.DeleteClient.$Shape;
    }

    namespace DeleteClient {

        /** Properties of a DeleteClient. */
        interface $Properties {

            /** DeleteClient clientId */
            clientId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeleteClient. */
        type $Shape = afwire.DeleteClient.$Properties;
    }

    /**
     * Properties of a RemoteStart.
     * @deprecated Use afwire.RemoteStart.$Properties instead.
     */
    interface IRemoteStart extends afwire.RemoteStart.$Properties {
    }

    /** Represents a RemoteStart. */
    class RemoteStart {

        /**
         * Constructs a new RemoteStart.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.RemoteStart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoteStart program. */
        program: string;

        /** RemoteStart args. */
        args: string[];

        /** RemoteStart quiet. */
        quiet: boolean;

        /**
         * Creates a new RemoteStart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoteStart instance
         */
        static create(properties: afwire.RemoteStart.$Shape): afwire.RemoteStart & afwire.RemoteStart.$Shape;
        static create(properties?: afwire.RemoteStart.$Properties): afwire.RemoteStart;

        /**
         * Encodes the specified RemoteStart message. Does not implicitly {@link afwire.RemoteStart.verify|verify} messages.
         * @param m RemoteStart message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.RemoteStart.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoteStart message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.RemoteStart & afwire.RemoteStart.$Shape} RemoteStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.RemoteStart & afwire.RemoteStart.$Shape;
    }

    namespace RemoteStart {

        /** Properties of a RemoteStart. */
        interface $Properties {

            /** RemoteStart program */
            program?: (string|null);

            /** RemoteStart args */
            args?: (string[]|null);

            /** RemoteStart quiet */
            quiet?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoteStart. */
        type $Shape = afwire.RemoteStart.$Properties;
    }

    /**
     * Properties of a Goodbye.
     * @deprecated Use afwire.Goodbye.$Properties instead.
     */
    interface IGoodbye extends afwire.Goodbye.$Properties {
    }

    /** Represents a Goodbye. */
    class Goodbye {

        /**
         * Constructs a new Goodbye.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Goodbye.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Goodbye instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Goodbye instance
         */
        static create(properties: afwire.Goodbye.$Shape): afwire.Goodbye & afwire.Goodbye.$Shape;
        static create(properties?: afwire.Goodbye.$Properties): afwire.Goodbye;

        /**
         * Encodes the specified Goodbye message. Does not implicitly {@link afwire.Goodbye.verify|verify} messages.
         * @param m Goodbye message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Goodbye.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Goodbye message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Goodbye & afwire.Goodbye.$Shape} Goodbye
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Goodbye & afwire.Goodbye.$Shape;
    }

    namespace Goodbye {

        /** Properties of a Goodbye. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Goodbye. */
        type $Shape = afwire.Goodbye.$Properties;
    }

    /**
     * Properties of a CopyBegin.
     * @deprecated Use afwire.CopyBegin.$Properties instead.
     */
    interface ICopyBegin extends afwire.CopyBegin.$Properties {
    }

    /** Represents a CopyBegin. */
    class CopyBegin {

        /**
         * Constructs a new CopyBegin.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CopyBegin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyBegin cartridge. */
        cartridge: number;

        /** CopyBegin original. */
        original: number;

        /** CopyBegin sourceServer. */
        sourceServer: string;

        /** CopyBegin firstTapeFile. */
        firstTapeFile: number;

        /**
         * Creates a new CopyBegin instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyBegin instance
         */
        static create(properties: afwire.CopyBegin.$Shape): afwire.CopyBegin & afwire.CopyBegin.$Shape;
        static create(properties?: afwire.CopyBegin.$Properties): afwire.CopyBegin;

        /**
         * Encodes the specified CopyBegin message. Does not implicitly {@link afwire.CopyBegin.verify|verify} messages.
         * @param m CopyBegin message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CopyBegin.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyBegin message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CopyBegin & afwire.CopyBegin.$Shape} CopyBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CopyBegin & afwire.CopyBegin.$Shape;
    }

    namespace CopyBegin {

        /** Properties of a CopyBegin. */
        interface $Properties {

            /** CopyBegin cartridge */
            cartridge?: (number|null);

            /** CopyBegin original */
            original?: (number|null);

            /** CopyBegin sourceServer */
            sourceServer?: (string|null);

            /** CopyBegin firstTapeFile */
            firstTapeFile?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyBegin. */
        type $Shape = afwire.CopyBegin.$Properties;
    }

    /**
     * Properties of a CopyTapeFile.
     * @deprecated Use afwire.CopyTapeFile.$Properties instead.
     */
    interface ICopyTapeFile extends afwire.CopyTapeFile.$Properties {
    }

    /** Represents a CopyTapeFile. */
    class CopyTapeFile {

        /**
         * Constructs a new CopyTapeFile.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CopyTapeFile.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyTapeFile tapeFile. */
        tapeFile: number;

        /** CopyTapeFile filemark. */
        filemark: boolean;

        /**
         * Creates a new CopyTapeFile instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyTapeFile instance
         */
        static create(properties: afwire.CopyTapeFile.$Shape): afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape;
        static create(properties?: afwire.CopyTapeFile.$Properties): afwire.CopyTapeFile;

        /**
         * Encodes the specified CopyTapeFile message. Does not implicitly {@link afwire.CopyTapeFile.verify|verify} messages.
         * @param m CopyTapeFile message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CopyTapeFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyTapeFile message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape} CopyTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape;
    }

    namespace CopyTapeFile {

        /** Properties of a CopyTapeFile. */
        interface $Properties {

            /** CopyTapeFile tapeFile */
            tapeFile?: (number|null);

            /** CopyTapeFile filemark */
            filemark?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyTapeFile. */
        type $Shape = afwire.CopyTapeFile.$Properties;
    }

    /**
     * Properties of a CopyCommit.
     * @deprecated Use afwire.CopyCommit.$Properties instead.
     */
    interface ICopyCommit extends afwire.CopyCommit.$Properties {
    }

    /** Represents a CopyCommit. */
    class CopyCommit {

        /**
         * Constructs a new CopyCommit.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CopyCommit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyCommit expected. */
        expected: afwire.TapeFileDigest.$Properties[];

        /** CopyCommit backups. */
        backups: afwire.CopiedBackup.$Properties[];

        /**
         * Creates a new CopyCommit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyCommit instance
         */
        static create(properties: afwire.CopyCommit.$Shape): afwire.CopyCommit & afwire.CopyCommit.$Shape;
        static create(properties?: afwire.CopyCommit.$Properties): afwire.CopyCommit;

        /**
         * Encodes the specified CopyCommit message. Does not implicitly {@link afwire.CopyCommit.verify|verify} messages.
         * @param m CopyCommit message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CopyCommit.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyCommit message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CopyCommit & afwire.CopyCommit.$Shape} CopyCommit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CopyCommit & afwire.CopyCommit.$Shape;
    }

    namespace CopyCommit {

        /** Properties of a CopyCommit. */
        interface $Properties {

            /** CopyCommit expected */
            expected?: (afwire.TapeFileDigest.$Properties[]|null);

            /** CopyCommit backups */
            backups?: (afwire.CopiedBackup.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyCommit. */
        type $Shape = afwire.CopyCommit.$Properties;
    }

    /**
     * Properties of a TapeFileDigest.
     * @deprecated Use afwire.TapeFileDigest.$Properties instead.
     */
    interface ITapeFileDigest extends afwire.TapeFileDigest.$Properties {
    }

    /** Represents a TapeFileDigest. */
    class TapeFileDigest {

        /**
         * Constructs a new TapeFileDigest.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.TapeFileDigest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TapeFileDigest tapeFile. */
        tapeFile: number;

        /** TapeFileDigest records. */
        records: Long;

        /** TapeFileDigest bytes. */
        bytes: Long;

        /** TapeFileDigest sha256. */
        sha256: Uint8Array;

        /**
         * Creates a new TapeFileDigest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TapeFileDigest instance
         */
        static create(properties: afwire.TapeFileDigest.$Shape): afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape;
        static create(properties?: afwire.TapeFileDigest.$Properties): afwire.TapeFileDigest;

        /**
         * Encodes the specified TapeFileDigest message. Does not implicitly {@link afwire.TapeFileDigest.verify|verify} messages.
         * @param m TapeFileDigest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.TapeFileDigest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TapeFileDigest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape} TapeFileDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape;
    }

    namespace TapeFileDigest {

        /** Properties of a TapeFileDigest. */
        interface $Properties {

            /** TapeFileDigest tapeFile */
            tapeFile?: (number|null);

            /** TapeFileDigest records */
            records?: (Long|null);

            /** TapeFileDigest bytes */
            bytes?: (Long|null);

            /** TapeFileDigest sha256 */
            sha256?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TapeFileDigest. */
        type $Shape = afwire.TapeFileDigest.$Properties;
    }

    /**
     * Properties of a CopiedBackup.
     * @deprecated Use afwire.CopiedBackup.$Properties instead.
     */
    interface ICopiedBackup extends afwire.CopiedBackup.$Properties {
    }

    /** Represents a CopiedBackup. */
    class CopiedBackup {

        /**
         * Constructs a new CopiedBackup.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CopiedBackup.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopiedBackup tapeFile. */
        tapeFile: number;

        /** CopiedBackup clientId. */
        clientId: string;

        /** CopiedBackup sessionStarted. */
        sessionStarted: Long;

        /** CopiedBackup sessionFinished. */
        sessionFinished: Long;

        /** CopiedBackup sessionState. */
        sessionState: string;

        /** CopiedBackup sessionBytes. */
        sessionBytes: Long;

        /** CopiedBackup sequence. */
        sequence: number;

        /** CopiedBackup kind. */
        kind: string;

        /** CopiedBackup streamOffset. */
        streamOffset: Long;

        /** CopiedBackup bytes. */
        bytes: Long;

        /** CopiedBackup blocks. */
        blocks: Long;

        /** CopiedBackup blockSize. */
        blockSize: number;

        /** CopiedBackup payloadPerBlock. */
        payloadPerBlock: number;

        /** CopiedBackup headerBytes. */
        headerBytes: number;

        /** CopiedBackup complete. */
        complete: boolean;

        /** CopiedBackup written. */
        written: Long;

        /**
         * Creates a new CopiedBackup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopiedBackup instance
         */
        static create(properties: afwire.CopiedBackup.$Shape): afwire.CopiedBackup & afwire.CopiedBackup.$Shape;
        static create(properties?: afwire.CopiedBackup.$Properties): afwire.CopiedBackup;

        /**
         * Encodes the specified CopiedBackup message. Does not implicitly {@link afwire.CopiedBackup.verify|verify} messages.
         * @param m CopiedBackup message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CopiedBackup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopiedBackup message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CopiedBackup & afwire.CopiedBackup.$Shape} CopiedBackup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CopiedBackup & afwire.CopiedBackup.$Shape;
    }

    namespace CopiedBackup {

        /** Properties of a CopiedBackup. */
        interface $Properties {

            /** CopiedBackup tapeFile */
            tapeFile?: (number|null);

            /** CopiedBackup clientId */
            clientId?: (string|null);

            /** CopiedBackup sessionStarted */
            sessionStarted?: (Long|null);

            /** CopiedBackup sessionFinished */
            sessionFinished?: (Long|null);

            /** CopiedBackup sessionState */
            sessionState?: (string|null);

            /** CopiedBackup sessionBytes */
            sessionBytes?: (Long|null);

            /** CopiedBackup sequence */
            sequence?: (number|null);

            /** CopiedBackup kind */
            kind?: (string|null);

            /** CopiedBackup streamOffset */
            streamOffset?: (Long|null);

            /** CopiedBackup bytes */
            bytes?: (Long|null);

            /** CopiedBackup blocks */
            blocks?: (Long|null);

            /** CopiedBackup blockSize */
            blockSize?: (number|null);

            /** CopiedBackup payloadPerBlock */
            payloadPerBlock?: (number|null);

            /** CopiedBackup headerBytes */
            headerBytes?: (number|null);

            /** CopiedBackup complete */
            complete?: (boolean|null);

            /** CopiedBackup written */
            written?: (Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopiedBackup. */
        type $Shape = afwire.CopiedBackup.$Properties;
    }

    /**
     * Properties of a CopyReport.
     * @deprecated Use afwire.CopyReport.$Properties instead.
     */
    interface ICopyReport extends afwire.CopyReport.$Properties {
    }

    /** Represents a CopyReport. */
    class CopyReport {

        /**
         * Constructs a new CopyReport.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.CopyReport.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CopyReport cartridge. */
        cartridge: number;

        /** CopyReport barcode. */
        barcode: string;

        /** CopyReport secondary. */
        secondary: number;

        /** CopyReport tapeFiles. */
        tapeFiles: afwire.TapeFileDigest.$Properties[];

        /**
         * Creates a new CopyReport instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyReport instance
         */
        static create(properties: afwire.CopyReport.$Shape): afwire.CopyReport & afwire.CopyReport.$Shape;
        static create(properties?: afwire.CopyReport.$Properties): afwire.CopyReport;

        /**
         * Encodes the specified CopyReport message. Does not implicitly {@link afwire.CopyReport.verify|verify} messages.
         * @param m CopyReport message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.CopyReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyReport message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.CopyReport & afwire.CopyReport.$Shape} CopyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.CopyReport & afwire.CopyReport.$Shape;
    }

    namespace CopyReport {

        /** Properties of a CopyReport. */
        interface $Properties {

            /** CopyReport cartridge */
            cartridge?: (number|null);

            /** CopyReport barcode */
            barcode?: (string|null);

            /** CopyReport secondary */
            secondary?: (number|null);

            /** CopyReport tapeFiles */
            tapeFiles?: (afwire.TapeFileDigest.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CopyReport. */
        type $Shape = afwire.CopyReport.$Properties;
    }

    /**
     * Properties of a Response.
     * @deprecated Use afwire.Response.$Properties instead.
     */
    interface IResponse extends afwire.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response id. */
        id: number;

        /** Response status. */
        status: afwire.Status;

        /** Response message. */
        message: string;

        /** Response dataFollows. */
        dataFollows: boolean;

        /** Response position. */
        position?: (afwire.WritePosition.$Properties|null);

        /** Response writeResult. */
        writeResult?: (afwire.WriteResult.$Properties|null);

        /** Response streamerState. */
        streamerState?: (afwire.StreamerStateInfo.$Properties|null);

        /** Response headers. */
        headers?: (afwire.BackupHeaderList.$Properties|null);

        /** Response session. */
        session?: (afwire.SessionSummary.$Properties|null);

        /** Response copy. */
        copy?: (afwire.CopyReport.$Properties|null);

        /** Response result. */
        result?: ("position"|"writeResult"|"streamerState"|"headers"|"session"|"copy");

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        static create(properties: afwire.Response.$Shape): afwire.Response & afwire.Response.$Shape;
        static create(properties?: afwire.Response.$Properties): afwire.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link afwire.Response.verify|verify} messages.
         * @param m Response message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.Response & afwire.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.Response & afwire.Response.$Shape;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response id */
            id?: (number|null);

            /** Response status */
            status?: (afwire.Status|null);

            /** Response message */
            message?: (string|null);

            /** Response dataFollows */
            dataFollows?: (boolean|null);

            /** Response position */
            position?: (afwire.WritePosition.$Properties|null);

            /** Response writeResult */
            writeResult?: (afwire.WriteResult.$Properties|null);

            /** Response streamerState */
            streamerState?: (afwire.StreamerStateInfo.$Properties|null);

            /** Response headers */
            headers?: (afwire.BackupHeaderList.$Properties|null);

            /** Response session */
            session?: (afwire.SessionSummary.$Properties|null);

            /** Response copy */
            copy?: (afwire.CopyReport.$Properties|null);

            /** Response result */
            result?: ("position"|"writeResult"|"streamerState"|"headers"|"session"|"copy");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Response. */
        type $Shape = {
          id?: number|null;
          status?: afwire.Status|null;
          message?: string|null;
          dataFollows?: boolean|null;
          position?: afwire.WritePosition.$Shape|null;
          writeResult?: afwire.WriteResult.$Shape|null;
          streamerState?: afwire.StreamerStateInfo.$Shape|null;
          headers?: afwire.BackupHeaderList.$Shape|null;
          session?: afwire.SessionSummary.$Shape|null;
          copy?: afwire.CopyReport.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; position?: null; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "position"; position: afwire.WritePosition.$Shape; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "writeResult"; position?: null; writeResult: afwire.WriteResult.$Shape; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "streamerState"; position?: null; writeResult?: null; streamerState: afwire.StreamerStateInfo.$Shape; headers?: null; session?: null; copy?: null }|{ result?: "headers"; position?: null; writeResult?: null; streamerState?: null; headers: afwire.BackupHeaderList.$Shape; session?: null; copy?: null }|{ result?: "session"; position?: null; writeResult?: null; streamerState?: null; headers?: null; session: afwire.SessionSummary.$Shape; copy?: null }|{ result?: "copy"; position?: null; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy: afwire.CopyReport.$Shape })
        );
    }

    /**
     * Properties of a WriteResult.
     * @deprecated Use afwire.WriteResult.$Properties instead.
     */
    interface IWriteResult extends afwire.WriteResult.$Properties {
    }

    /** Represents a WriteResult. */
    class WriteResult {

        /**
         * Constructs a new WriteResult.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.WriteResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteResult start. */
        start?: (afwire.WritePosition.$Properties|null);

        /** WriteResult bytes. */
        bytes: Long;

        /**
         * Creates a new WriteResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteResult instance
         */
        static create(properties: afwire.WriteResult.$Shape): afwire.WriteResult & afwire.WriteResult.$Shape;
        static create(properties?: afwire.WriteResult.$Properties): afwire.WriteResult;

        /**
         * Encodes the specified WriteResult message. Does not implicitly {@link afwire.WriteResult.verify|verify} messages.
         * @param m WriteResult message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.WriteResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteResult message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.WriteResult & afwire.WriteResult.$Shape} WriteResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.WriteResult & afwire.WriteResult.$Shape;
    }

    namespace WriteResult {

        /** Properties of a WriteResult. */
        interface $Properties {

            /** WriteResult start */
            start?: (afwire.WritePosition.$Properties|null);

            /** WriteResult bytes */
            bytes?: (Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteResult. */
        type $Shape = afwire.WriteResult.$Properties;
    }

    /**
     * Properties of a TapeFileExtent.
     * @deprecated Use afwire.TapeFileExtent.$Properties instead.
     */
    interface ITapeFileExtent extends afwire.TapeFileExtent.$Properties {
    }

    /** Represents a TapeFileExtent. */
    class TapeFileExtent {

        /**
         * Constructs a new TapeFileExtent.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.TapeFileExtent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TapeFileExtent cartridge. */
        cartridge: number;

        /** TapeFileExtent tapeFile. */
        tapeFile: number;

        /** TapeFileExtent streamOffset. */
        streamOffset: Long;

        /** TapeFileExtent bytes. */
        bytes: Long;

        /** TapeFileExtent payloadPerBlock. */
        payloadPerBlock: number;

        /** TapeFileExtent headerBytes. */
        headerBytes: number;

        /**
         * Creates a new TapeFileExtent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TapeFileExtent instance
         */
        static create(properties: afwire.TapeFileExtent.$Shape): afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape;
        static create(properties?: afwire.TapeFileExtent.$Properties): afwire.TapeFileExtent;

        /**
         * Encodes the specified TapeFileExtent message. Does not implicitly {@link afwire.TapeFileExtent.verify|verify} messages.
         * @param m TapeFileExtent message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.TapeFileExtent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TapeFileExtent message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape} TapeFileExtent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape;
    }

    namespace TapeFileExtent {

        /** Properties of a TapeFileExtent. */
        interface $Properties {

            /** TapeFileExtent cartridge */
            cartridge?: (number|null);

            /** TapeFileExtent tapeFile */
            tapeFile?: (number|null);

            /** TapeFileExtent streamOffset */
            streamOffset?: (Long|null);

            /** TapeFileExtent bytes */
            bytes?: (Long|null);

            /** TapeFileExtent payloadPerBlock */
            payloadPerBlock?: (number|null);

            /** TapeFileExtent headerBytes */
            headerBytes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TapeFileExtent. */
        type $Shape = afwire.TapeFileExtent.$Properties;
    }

    /**
     * Properties of a SessionSummary.
     * @deprecated Use afwire.SessionSummary.$Properties instead.
     */
    interface ISessionSummary extends afwire.SessionSummary.$Properties {
    }

    /** Represents a SessionSummary. */
    class SessionSummary {

        /**
         * Constructs a new SessionSummary.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.SessionSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionSummary sessionId. */
        sessionId: Long;

        /** SessionSummary bytes. */
        bytes: Long;

        /** SessionSummary tapeFiles. */
        tapeFiles: afwire.TapeFileExtent.$Properties[];

        /**
         * Creates a new SessionSummary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionSummary instance
         */
        static create(properties: afwire.SessionSummary.$Shape): afwire.SessionSummary & afwire.SessionSummary.$Shape;
        static create(properties?: afwire.SessionSummary.$Properties): afwire.SessionSummary;

        /**
         * Encodes the specified SessionSummary message. Does not implicitly {@link afwire.SessionSummary.verify|verify} messages.
         * @param m SessionSummary message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.SessionSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionSummary message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.SessionSummary & afwire.SessionSummary.$Shape} SessionSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.SessionSummary & afwire.SessionSummary.$Shape;
    }

    namespace SessionSummary {

        /** Properties of a SessionSummary. */
        interface $Properties {

            /** SessionSummary sessionId */
            sessionId?: (Long|null);

            /** SessionSummary bytes */
            bytes?: (Long|null);

            /** SessionSummary tapeFiles */
            tapeFiles?: (afwire.TapeFileExtent.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionSummary. */
        type $Shape = afwire.SessionSummary.$Properties;
    }

    /**
     * Properties of a StreamerStateInfo.
     * @deprecated Use afwire.StreamerStateInfo.$Properties instead.
     */
    interface IStreamerStateInfo extends afwire.StreamerStateInfo.$Properties {
    }

    /** Represents a StreamerStateInfo. */
    class StreamerStateInfo {

        /**
         * Constructs a new StreamerStateInfo.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.StreamerStateInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamerStateInfo state. */
        state: afwire.StreamerState;

        /** StreamerStateInfo changeable. */
        changeable: boolean;

        /** StreamerStateInfo detail. */
        detail: string;

        /**
         * Creates a new StreamerStateInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamerStateInfo instance
         */
        static create(properties: afwire.StreamerStateInfo.$Shape): afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape;
        static create(properties?: afwire.StreamerStateInfo.$Properties): afwire.StreamerStateInfo;

        /**
         * Encodes the specified StreamerStateInfo message. Does not implicitly {@link afwire.StreamerStateInfo.verify|verify} messages.
         * @param m StreamerStateInfo message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.StreamerStateInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamerStateInfo message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape} StreamerStateInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape;
    }

    namespace StreamerStateInfo {

        /** Properties of a StreamerStateInfo. */
        interface $Properties {

            /** StreamerStateInfo state */
            state?: (afwire.StreamerState|null);

            /** StreamerStateInfo changeable */
            changeable?: (boolean|null);

            /** StreamerStateInfo detail */
            detail?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamerStateInfo. */
        type $Shape = afwire.StreamerStateInfo.$Properties;
    }

    /**
     * Properties of a BackupHeader.
     * @deprecated Use afwire.BackupHeader.$Properties instead.
     */
    interface IBackupHeader extends afwire.BackupHeader.$Properties {
    }

    /** Represents a BackupHeader. */
    class BackupHeader {

        /**
         * Constructs a new BackupHeader.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.BackupHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BackupHeader position. */
        position?: (afwire.WritePosition.$Properties|null);

        /** BackupHeader text. */
        text: string;

        /**
         * Creates a new BackupHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BackupHeader instance
         */
        static create(properties: afwire.BackupHeader.$Shape): afwire.BackupHeader & afwire.BackupHeader.$Shape;
        static create(properties?: afwire.BackupHeader.$Properties): afwire.BackupHeader;

        /**
         * Encodes the specified BackupHeader message. Does not implicitly {@link afwire.BackupHeader.verify|verify} messages.
         * @param m BackupHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.BackupHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BackupHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.BackupHeader & afwire.BackupHeader.$Shape} BackupHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.BackupHeader & afwire.BackupHeader.$Shape;
    }

    namespace BackupHeader {

        /** Properties of a BackupHeader. */
        interface $Properties {

            /** BackupHeader position */
            position?: (afwire.WritePosition.$Properties|null);

            /** BackupHeader text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BackupHeader. */
        type $Shape = afwire.BackupHeader.$Properties;
    }

    /**
     * Properties of a BackupHeaderList.
     * @deprecated Use afwire.BackupHeaderList.$Properties instead.
     */
    interface IBackupHeaderList extends afwire.BackupHeaderList.$Properties {
    }

    /** Represents a BackupHeaderList. */
    class BackupHeaderList {

        /**
         * Constructs a new BackupHeaderList.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.BackupHeaderList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BackupHeaderList headers. */
        headers: afwire.BackupHeader.$Properties[];

        /**
         * Creates a new BackupHeaderList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BackupHeaderList instance
         */
        static create(properties: afwire.BackupHeaderList.$Shape): afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape;
        static create(properties?: afwire.BackupHeaderList.$Properties): afwire.BackupHeaderList;

        /**
         * Encodes the specified BackupHeaderList message. Does not implicitly {@link afwire.BackupHeaderList.verify|verify} messages.
         * @param m BackupHeaderList message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.BackupHeaderList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BackupHeaderList message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape} BackupHeaderList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape;
    }

    namespace BackupHeaderList {

        /** Properties of a BackupHeaderList. */
        interface $Properties {

            /** BackupHeaderList headers */
            headers?: (afwire.BackupHeader.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BackupHeaderList. */
        type $Shape = afwire.BackupHeaderList.$Properties;
    }

    /**
     * Properties of a DataEnd.
     * @deprecated Use afwire.DataEnd.$Properties instead.
     */
    interface IDataEnd extends afwire.DataEnd.$Properties {
    }

    /** Represents a DataEnd. */
    class DataEnd {

        /**
         * Constructs a new DataEnd.
         * @param [p] Properties to set
         */
        constructor(p?: afwire.DataEnd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataEnd status. */
        status: afwire.Status;

        /** DataEnd message. */
        message: string;

        /** DataEnd bytes. */
        bytes: Long;

        /** DataEnd exitCode. */
        exitCode: number;

        /** DataEnd signal. */
        signal: string;

        /**
         * Creates a new DataEnd instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataEnd instance
         */
        static create(properties: afwire.DataEnd.$Shape): afwire.DataEnd & afwire.DataEnd.$Shape;
        static create(properties?: afwire.DataEnd.$Properties): afwire.DataEnd;

        /**
         * Encodes the specified DataEnd message. Does not implicitly {@link afwire.DataEnd.verify|verify} messages.
         * @param m DataEnd message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: afwire.DataEnd.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataEnd message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {afwire.DataEnd & afwire.DataEnd.$Shape} DataEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afwire.DataEnd & afwire.DataEnd.$Shape;
    }

    namespace DataEnd {

        /** Properties of a DataEnd. */
        interface $Properties {

            /** DataEnd status */
            status?: (afwire.Status|null);

            /** DataEnd message */
            message?: (string|null);

            /** DataEnd bytes */
            bytes?: (Long|null);

            /** DataEnd exitCode */
            exitCode?: (number|null);

            /** DataEnd signal */
            signal?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataEnd. */
        type $Shape = afwire.DataEnd.$Properties;
    }
}
