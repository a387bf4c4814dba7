/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const afwire = $root.afwire = (() => {

    /**
     * Namespace afwire.
     * @exports afwire
     * @namespace
     */
    const afwire = {};

    /**
     * Status enum.
     * @name afwire.Status
     * @enum {number}
     * @property {number} OK=0 OK value
     * @property {number} ERROR=1 ERROR value
     * @property {number} BAD_REQUEST=2 BAD_REQUEST value
     * @property {number} VERSION_MISMATCH=3 VERSION_MISMATCH value
     * @property {number} AUTH_FAILED=4 AUTH_FAILED value
     * @property {number} DEVICE_IN_USE=5 DEVICE_IN_USE value
     * @property {number} SERVICE_IN_USE=6 SERVICE_IN_USE value
     * @property {number} END_OF_TAPE=7 END_OF_TAPE value
     * @property {number} END_OF_FILE=8 END_OF_FILE value
     * @property {number} INVALID_CARTRIDGE=9 INVALID_CARTRIDGE value
     * @property {number} INVALID_TAPE_FILE=10 INVALID_TAPE_FILE value
     * @property {number} CARTRIDGE_SET_DENIED=11 CARTRIDGE_SET_DENIED value
     * @property {number} CLIENT_NOT_UNIQUE=12 CLIENT_NOT_UNIQUE value
     * @property {number} TOO_MANY_CLIENTS=13 TOO_MANY_CLIENTS value
     * @property {number} NOT_OPEN=14 NOT_OPEN value
     * @property {number} DEVICE_UNAVAILABLE=15 DEVICE_UNAVAILABLE value
     * @property {number} PROGRAM_NOT_FOUND=16 PROGRAM_NOT_FOUND value
     * @property {number} SHUTTING_DOWN=17 SHUTTING_DOWN value
     * @property {number} PROTOCOL_ERROR=18 PROTOCOL_ERROR value
     * @property {number} UNSUPPORTED=19 UNSUPPORTED value
     * @property {number} TAPE_ERROR=20 TAPE_ERROR value
     */
    afwire.Status = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OK"] = 0;
        values[valuesById[1] = "ERROR"] = 1;
        values[valuesById[2] = "BAD_REQUEST"] = 2;
        values[valuesById[3] = "VERSION_MISMATCH"] = 3;
        values[valuesById[4] = "AUTH_FAILED"] = 4;
        values[valuesById[5] = "DEVICE_IN_USE"] = 5;
        values[valuesById[6] = "SERVICE_IN_USE"] = 6;
        values[valuesById[7] = "END_OF_TAPE"] = 7;
        values[valuesById[8] = "END_OF_FILE"] = 8;
        values[valuesById[9] = "INVALID_CARTRIDGE"] = 9;
        values[valuesById[10] = "INVALID_TAPE_FILE"] = 10;
        values[valuesById[11] = "CARTRIDGE_SET_DENIED"] = 11;
        values[valuesById[12] = "CLIENT_NOT_UNIQUE"] = 12;
        values[valuesById[13] = "TOO_MANY_CLIENTS"] = 13;
        values[valuesById[14] = "NOT_OPEN"] = 14;
        values[valuesById[15] = "DEVICE_UNAVAILABLE"] = 15;
        values[valuesById[16] = "PROGRAM_NOT_FOUND"] = 16;
        values[valuesById[17] = "SHUTTING_DOWN"] = 17;
        values[valuesById[18] = "PROTOCOL_ERROR"] = 18;
        values[valuesById[19] = "UNSUPPORTED"] = 19;
        values[valuesById[20] = "TAPE_ERROR"] = 20;
        return values;
    })();

    /**
     * StreamerState enum.
     * @name afwire.StreamerState
     * @enum {number}
     * @property {number} READY=0 READY value
     * @property {number} BUSY=1 BUSY value
     * @property {number} DEVINUSE=2 DEVINUSE value
     * @property {number} UNAVAIL=3 UNAVAIL value
     * @property {number} UNLOADED=4 UNLOADED value
     */
    afwire.StreamerState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "READY"] = 0;
        values[valuesById[1] = "BUSY"] = 1;
        values[valuesById[2] = "DEVINUSE"] = 2;
        values[valuesById[3] = "UNAVAIL"] = 3;
        values[valuesById[4] = "UNLOADED"] = 4;
        return values;
    })();

    afwire.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} afwire.Envelope.$Properties
         * @property {afwire.Hello.$Properties|null} [hello] Envelope hello
         * @property {afwire.AuthChallenge.$Properties|null} [authChallenge] Envelope authChallenge
         * @property {afwire.AuthResponse.$Properties|null} [authResponse] Envelope authResponse
         * @property {afwire.AuthResult.$Properties|null} [authResult] Envelope authResult
         * @property {afwire.Fatal.$Properties|null} [fatal] Envelope fatal
         * @property {afwire.Request.$Properties|null} [request] Envelope request
         * @property {afwire.Response.$Properties|null} [response] Envelope response
         * @property {"hello"|"authChallenge"|"authResponse"|"authResult"|"fatal"|"request"|"response"} [kind] Envelope kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof afwire
         * @interface IEnvelope
         * @augments afwire.Envelope.$Properties
         * @deprecated Use afwire.Envelope.$Properties instead.
         */

        /**
         * Narrowed shape of an Envelope.
         * @typedef {{
         *   hello?: afwire.Hello.$Shape|null;
         *   authChallenge?: afwire.AuthChallenge.$Shape|null;
         *   authResponse?: afwire.AuthResponse.$Shape|null;
         *   authResult?: afwire.AuthResult.$Shape|null;
         *   fatal?: afwire.Fatal.$Shape|null;
         *   request?: afwire.Request.$Shape|null;
         *   response?: afwire.Response.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "hello"; hello: afwire.Hello.$Shape; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authChallenge"; hello?: null; authChallenge: afwire.AuthChallenge.$Shape; authResponse?: null; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authResponse"; hello?: null; authChallenge?: null; authResponse: afwire.AuthResponse.$Shape; authResult?: null; fatal?: null; request?: null; response?: null }|{ kind?: "authResult"; hello?: null; authChallenge?: null; authResponse?: null; authResult: afwire.AuthResult.$Shape; fatal?: null; request?: null; response?: null }|{ kind?: "fatal"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal: afwire.Fatal.$Shape; request?: null; response?: null }|{ kind?: "request"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request: afwire.Request.$Shape; response?: null }|{ kind?: "response"; hello?: null; authChallenge?: null; authResponse?: null; authResult?: null; fatal?: null; request?: null; response: afwire.Response.$Shape })
         * )} afwire.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof afwire
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {afwire.Envelope.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Envelope hello.
         * @member {afwire.Hello.$Properties|null|undefined} hello
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.hello = null;

        /**
         * Envelope authChallenge.
         * @member {afwire.AuthChallenge.$Properties|null|undefined} authChallenge
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.authChallenge = null;

        /**
         * Envelope authResponse.
         * @member {afwire.AuthResponse.$Properties|null|undefined} authResponse
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.authResponse = null;

        /**
         * Envelope authResult.
         * @member {afwire.AuthResult.$Properties|null|undefined} authResult
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.authResult = null;

        /**
         * Envelope fatal.
         * @member {afwire.Fatal.$Properties|null|undefined} fatal
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.fatal = null;

        /**
         * Envelope request.
         * @member {afwire.Request.$Properties|null|undefined} request
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.request = null;

        /**
         * Envelope response.
         * @member {afwire.Response.$Properties|null|undefined} response
         * @memberof afwire.Envelope
         * @instance
         */
        Envelope.prototype.response = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Envelope kind.
         * @member {"hello"|"authChallenge"|"authResponse"|"authResult"|"fatal"|"request"|"response"|undefined} kind
         * @memberof afwire.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["hello", "authChallenge", "authResponse", "authResult", "fatal", "request", "response"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof afwire.Envelope
         * @static
         * @param {afwire.Envelope.$Properties=} [properties] Properties to set
         * @returns {afwire.Envelope} Envelope instance
         * @type {{
         *   (properties: afwire.Envelope.$Shape): afwire.Envelope & afwire.Envelope.$Shape;
         *   (properties?: afwire.Envelope.$Properties): afwire.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link afwire.Envelope.verify|verify} messages.
         * @function encode
         * @memberof afwire.Envelope
         * @static
         * @param {afwire.Envelope.$Properties} m Envelope message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                $root.afwire.Hello.encode(m.hello, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.authChallenge != null && $Object.hasOwnProperty.call(m, "authChallenge"))
                $root.afwire.AuthChallenge.encode(m.authChallenge, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.authResponse != null && $Object.hasOwnProperty.call(m, "authResponse"))
                $root.afwire.AuthResponse.encode(m.authResponse, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.authResult != null && $Object.hasOwnProperty.call(m, "authResult"))
                $root.afwire.AuthResult.encode(m.authResult, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.fatal != null && $Object.hasOwnProperty.call(m, "fatal"))
                $root.afwire.Fatal.encode(m.fatal, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.request != null && $Object.hasOwnProperty.call(m, "request"))
                $root.afwire.Request.encode(m.request, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.response != null && $Object.hasOwnProperty.call(m, "response"))
                $root.afwire.Response.encode(m.response, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Envelope & afwire.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Envelope();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.hello = $root.afwire.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                        m.kind = "hello";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.authChallenge = $root.afwire.AuthChallenge.decode(r, r.size(), $undefined, q + 1, m.authChallenge);
                        m.kind = "authChallenge";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.authResponse = $root.afwire.AuthResponse.decode(r, r.size(), $undefined, q + 1, m.authResponse);
                        m.kind = "authResponse";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.authResult = $root.afwire.AuthResult.decode(r, r.size(), $undefined, q + 1, m.authResult);
                        m.kind = "authResult";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.fatal = $root.afwire.Fatal.decode(r, r.size(), $undefined, q + 1, m.fatal);
                        m.kind = "fatal";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.request = $root.afwire.Request.decode(r, r.size(), $undefined, q + 1, m.request);
                        m.kind = "request";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.response = $root.afwire.Response.decode(r, r.size(), $undefined, q + 1, m.response);
                        m.kind = "response";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Envelope;
    })();

    afwire.Hello = (function() {

        /**
         * Properties of a Hello.
         * @typedef {Object} afwire.Hello.$Properties
         * @property {number|null} [protocolMajor] Hello protocolMajor
         * @property {number|null} [protocolMinor] Hello protocolMinor
         * @property {string|null} [program] Hello program
         * @property {string|null} [programVersion] Hello programVersion
         * @property {string|null} [serverIdentifier] Hello serverIdentifier
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Hello.
         * @memberof afwire
         * @interface IHello
         * @augments afwire.Hello.$Properties
         * @deprecated Use afwire.Hello.$Properties instead.
         */

        /**
         * Shape of a Hello.
         * @typedef {afwire.Hello.$Properties} afwire.Hello.$Shape
         */

        /**
         * Constructs a new Hello.
         * @memberof afwire
         * @classdesc Represents a Hello.
         * @constructor
         * @param {afwire.Hello.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Hello = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Hello protocolMajor.
         * @member {number} protocolMajor
         * @memberof afwire.Hello
         * @instance
         */
        Hello.prototype.protocolMajor = 0;

        /**
         * Hello protocolMinor.
         * @member {number} protocolMinor
         * @memberof afwire.Hello
         * @instance
         */
        Hello.prototype.protocolMinor = 0;

        /**
         * Hello program.
         * @member {string} program
         * @memberof afwire.Hello
         * @instance
         */
        Hello.prototype.program = "";

        /**
         * Hello programVersion.
         * @member {string} programVersion
         * @memberof afwire.Hello
         * @instance
         */
        Hello.prototype.programVersion = "";

        /**
         * Hello serverIdentifier.
         * @member {string} serverIdentifier
         * @memberof afwire.Hello
         * @instance
         */
        Hello.prototype.serverIdentifier = "";

        /**
         * Creates a new Hello instance using the specified properties.
         * @function create
         * @memberof afwire.Hello
         * @static
         * @param {afwire.Hello.$Properties=} [properties] Properties to set
         * @returns {afwire.Hello} Hello instance
         * @type {{
         *   (properties: afwire.Hello.$Shape): afwire.Hello & afwire.Hello.$Shape;
         *   (properties?: afwire.Hello.$Properties): afwire.Hello;
         * }}
         */
        Hello.create = function(properties) {
            return new Hello(properties);
        };

        /**
         * Encodes the specified Hello message. Does not implicitly {@link afwire.Hello.verify|verify} messages.
         * @function encode
         * @memberof afwire.Hello
         * @static
         * @param {afwire.Hello.$Properties} m Hello message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Hello.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.protocolMajor != null && $Object.hasOwnProperty.call(m, "protocolMajor") && m.protocolMajor !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.protocolMajor);
            if (m.protocolMinor != null && $Object.hasOwnProperty.call(m, "protocolMinor") && m.protocolMinor !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.protocolMinor);
            if (m.program != null && $Object.hasOwnProperty.call(m, "program") && m.program !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.program);
            if (m.programVersion != null && $Object.hasOwnProperty.call(m, "programVersion") && m.programVersion !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.programVersion);
            if (m.serverIdentifier != null && $Object.hasOwnProperty.call(m, "serverIdentifier") && m.serverIdentifier !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.serverIdentifier);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Hello
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Hello & afwire.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Hello.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Hello();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.protocolMajor = v;
                        else
                            delete m.protocolMajor;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.protocolMinor = v;
                        else
                            delete m.protocolMinor;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.program = v;
                        else
                            delete m.program;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.programVersion = v;
                        else
                            delete m.programVersion;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.serverIdentifier = v;
                        else
                            delete m.serverIdentifier;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Hello;
    })();

    afwire.AuthChallenge = (function() {

        /**
         * Properties of an AuthChallenge.
         * @typedef {Object} afwire.AuthChallenge.$Properties
         * @property {Uint8Array|null} [serverNonce] AuthChallenge serverNonce
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuthChallenge.
         * @memberof afwire
         * @interface IAuthChallenge
         * @augments afwire.AuthChallenge.$Properties
         * @deprecated Use afwire.AuthChallenge.$Properties instead.
         */

        /**
         * Shape of an AuthChallenge.
         * @typedef {afwire.AuthChallenge.$Properties} afwire.AuthChallenge.$Shape
         */

        /**
         * Constructs a new AuthChallenge.
         * @memberof afwire
         * @classdesc Represents an AuthChallenge.
         * @constructor
         * @param {afwire.AuthChallenge.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AuthChallenge = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuthChallenge serverNonce.
         * @member {Uint8Array} serverNonce
         * @memberof afwire.AuthChallenge
         * @instance
         */
        AuthChallenge.prototype.serverNonce = $util.newBuffer([]);

        /**
         * Creates a new AuthChallenge instance using the specified properties.
         * @function create
         * @memberof afwire.AuthChallenge
         * @static
         * @param {afwire.AuthChallenge.$Properties=} [properties] Properties to set
         * @returns {afwire.AuthChallenge} AuthChallenge instance
         * @type {{
         *   (properties: afwire.AuthChallenge.$Shape): afwire.AuthChallenge & afwire.AuthChallenge.$Shape;
         *   (properties?: afwire.AuthChallenge.$Properties): afwire.AuthChallenge;
         * }}
         */
        AuthChallenge.create = function(properties) {
            return new AuthChallenge(properties);
        };

        /**
         * Encodes the specified AuthChallenge message. Does not implicitly {@link afwire.AuthChallenge.verify|verify} messages.
         * @function encode
         * @memberof afwire.AuthChallenge
         * @static
         * @param {afwire.AuthChallenge.$Properties} m AuthChallenge message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthChallenge.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.serverNonce != null && $Object.hasOwnProperty.call(m, "serverNonce") && m.serverNonce.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.serverNonce);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AuthChallenge message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.AuthChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.AuthChallenge & afwire.AuthChallenge.$Shape} AuthChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthChallenge.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.AuthChallenge();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.serverNonce = v;
                        else
                            delete m.serverNonce;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return AuthChallenge;
    })();

    afwire.AuthResponse = (function() {

        /**
         * Properties of an AuthResponse.
         * @typedef {Object} afwire.AuthResponse.$Properties
         * @property {string|null} [clientId] AuthResponse clientId
         * @property {Uint8Array|null} [clientNonce] AuthResponse clientNonce
         * @property {Uint8Array|null} [clientMac] AuthResponse clientMac
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuthResponse.
         * @memberof afwire
         * @interface IAuthResponse
         * @augments afwire.AuthResponse.$Properties
         * @deprecated Use afwire.AuthResponse.$Properties instead.
         */

        /**
         * Shape of an AuthResponse.
         * @typedef {afwire.AuthResponse.$Properties} afwire.AuthResponse.$Shape
         */

        /**
         * Constructs a new AuthResponse.
         * @memberof afwire
         * @classdesc Represents an AuthResponse.
         * @constructor
         * @param {afwire.AuthResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AuthResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuthResponse clientId.
         * @member {string} clientId
         * @memberof afwire.AuthResponse
         * @instance
         */
        AuthResponse.prototype.clientId = "";

        /**
         * AuthResponse clientNonce.
         * @member {Uint8Array} clientNonce
         * @memberof afwire.AuthResponse
         * @instance
         */
        AuthResponse.prototype.clientNonce = $util.newBuffer([]);

        /**
         * AuthResponse clientMac.
         * @member {Uint8Array} clientMac
         * @memberof afwire.AuthResponse
         * @instance
         */
        AuthResponse.prototype.clientMac = $util.newBuffer([]);

        /**
         * Creates a new AuthResponse instance using the specified properties.
         * @function create
         * @memberof afwire.AuthResponse
         * @static
         * @param {afwire.AuthResponse.$Properties=} [properties] Properties to set
         * @returns {afwire.AuthResponse} AuthResponse instance
         * @type {{
         *   (properties: afwire.AuthResponse.$Shape): afwire.AuthResponse & afwire.AuthResponse.$Shape;
         *   (properties?: afwire.AuthResponse.$Properties): afwire.AuthResponse;
         * }}
         */
        AuthResponse.create = function(properties) {
            return new AuthResponse(properties);
        };

        /**
         * Encodes the specified AuthResponse message. Does not implicitly {@link afwire.AuthResponse.verify|verify} messages.
         * @function encode
         * @memberof afwire.AuthResponse
         * @static
         * @param {afwire.AuthResponse.$Properties} m AuthResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId") && m.clientId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.clientId);
            if (m.clientNonce != null && $Object.hasOwnProperty.call(m, "clientNonce") && m.clientNonce.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.clientNonce);
            if (m.clientMac != null && $Object.hasOwnProperty.call(m, "clientMac") && m.clientMac.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.clientMac);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AuthResponse message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.AuthResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.AuthResponse & afwire.AuthResponse.$Shape} AuthResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.AuthResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientId = v;
                        else
                            delete m.clientId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.clientNonce = v;
                        else
                            delete m.clientNonce;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.clientMac = v;
                        else
                            delete m.clientMac;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return AuthResponse;
    })();

    afwire.AuthResult = (function() {

        /**
         * Properties of an AuthResult.
         * @typedef {Object} afwire.AuthResult.$Properties
         * @property {afwire.Status|null} [status] AuthResult status
         * @property {string|null} [message] AuthResult message
         * @property {Uint8Array|null} [serverMac] AuthResult serverMac
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuthResult.
         * @memberof afwire
         * @interface IAuthResult
         * @augments afwire.AuthResult.$Properties
         * @deprecated Use afwire.AuthResult.$Properties instead.
         */

        /**
         * Shape of an AuthResult.
         * @typedef {afwire.AuthResult.$Properties} afwire.AuthResult.$Shape
         */

        /**
         * Constructs a new AuthResult.
         * @memberof afwire
         * @classdesc Represents an AuthResult.
         * @constructor
         * @param {afwire.AuthResult.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AuthResult = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuthResult status.
         * @member {afwire.Status} status
         * @memberof afwire.AuthResult
         * @instance
         */
        AuthResult.prototype.status = 0;

        /**
         * AuthResult message.
         * @member {string} message
         * @memberof afwire.AuthResult
         * @instance
         */
        AuthResult.prototype.message = "";

        /**
         * AuthResult serverMac.
         * @member {Uint8Array} serverMac
         * @memberof afwire.AuthResult
         * @instance
         */
        AuthResult.prototype.serverMac = $util.newBuffer([]);

        /**
         * Creates a new AuthResult instance using the specified properties.
         * @function create
         * @memberof afwire.AuthResult
         * @static
         * @param {afwire.AuthResult.$Properties=} [properties] Properties to set
         * @returns {afwire.AuthResult} AuthResult instance
         * @type {{
         *   (properties: afwire.AuthResult.$Shape): afwire.AuthResult & afwire.AuthResult.$Shape;
         *   (properties?: afwire.AuthResult.$Properties): afwire.AuthResult;
         * }}
         */
        AuthResult.create = function(properties) {
            return new AuthResult(properties);
        };

        /**
         * Encodes the specified AuthResult message. Does not implicitly {@link afwire.AuthResult.verify|verify} messages.
         * @function encode
         * @memberof afwire.AuthResult
         * @static
         * @param {afwire.AuthResult.$Properties} m AuthResult message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResult.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.serverMac != null && $Object.hasOwnProperty.call(m, "serverMac") && m.serverMac.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.serverMac);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AuthResult message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.AuthResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.AuthResult & afwire.AuthResult.$Shape} AuthResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResult.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.AuthResult();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.serverMac = v;
                        else
                            delete m.serverMac;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return AuthResult;
    })();

    afwire.Fatal = (function() {

        /**
         * Properties of a Fatal.
         * @typedef {Object} afwire.Fatal.$Properties
         * @property {afwire.Status|null} [status] Fatal status
         * @property {string|null} [message] Fatal message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Fatal.
         * @memberof afwire
         * @interface IFatal
         * @augments afwire.Fatal.$Properties
         * @deprecated Use afwire.Fatal.$Properties instead.
         */

        /**
         * Shape of a Fatal.
         * @typedef {afwire.Fatal.$Properties} afwire.Fatal.$Shape
         */

        /**
         * Constructs a new Fatal.
         * @memberof afwire
         * @classdesc Represents a Fatal.
         * @constructor
         * @param {afwire.Fatal.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Fatal = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Fatal status.
         * @member {afwire.Status} status
         * @memberof afwire.Fatal
         * @instance
         */
        Fatal.prototype.status = 0;

        /**
         * Fatal message.
         * @member {string} message
         * @memberof afwire.Fatal
         * @instance
         */
        Fatal.prototype.message = "";

        /**
         * Creates a new Fatal instance using the specified properties.
         * @function create
         * @memberof afwire.Fatal
         * @static
         * @param {afwire.Fatal.$Properties=} [properties] Properties to set
         * @returns {afwire.Fatal} Fatal instance
         * @type {{
         *   (properties: afwire.Fatal.$Shape): afwire.Fatal & afwire.Fatal.$Shape;
         *   (properties?: afwire.Fatal.$Properties): afwire.Fatal;
         * }}
         */
        Fatal.create = function(properties) {
            return new Fatal(properties);
        };

        /**
         * Encodes the specified Fatal message. Does not implicitly {@link afwire.Fatal.verify|verify} messages.
         * @function encode
         * @memberof afwire.Fatal
         * @static
         * @param {afwire.Fatal.$Properties} m Fatal message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Fatal.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Fatal message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Fatal
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Fatal & afwire.Fatal.$Shape} Fatal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Fatal.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Fatal();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Fatal;
    })();

    afwire.WritePosition = (function() {

        /**
         * Properties of a WritePosition.
         * @typedef {Object} afwire.WritePosition.$Properties
         * @property {number|null} [cartridge] WritePosition cartridge
         * @property {number|null} [tapeFile] WritePosition tapeFile
         * @property {Long|null} [block] WritePosition block
         * @property {number|null} [offset] WritePosition offset
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WritePosition.
         * @memberof afwire
         * @interface IWritePosition
         * @augments afwire.WritePosition.$Properties
         * @deprecated Use afwire.WritePosition.$Properties instead.
         */

        /**
         * Shape of a WritePosition.
         * @typedef {afwire.WritePosition.$Properties} afwire.WritePosition.$Shape
         */

        /**
         * Constructs a new WritePosition.
         * @memberof afwire
         * @classdesc Represents a WritePosition.
         * @constructor
         * @param {afwire.WritePosition.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WritePosition = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WritePosition cartridge.
         * @member {number} cartridge
         * @memberof afwire.WritePosition
         * @instance
         */
        WritePosition.prototype.cartridge = 0;

        /**
         * WritePosition tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.WritePosition
         * @instance
         */
        WritePosition.prototype.tapeFile = 0;

        /**
         * WritePosition block.
         * @member {Long} block
         * @memberof afwire.WritePosition
         * @instance
         */
        WritePosition.prototype.block = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WritePosition offset.
         * @member {number} offset
         * @memberof afwire.WritePosition
         * @instance
         */
        WritePosition.prototype.offset = 0;

        /**
         * Creates a new WritePosition instance using the specified properties.
         * @function create
         * @memberof afwire.WritePosition
         * @static
         * @param {afwire.WritePosition.$Properties=} [properties] Properties to set
         * @returns {afwire.WritePosition} WritePosition instance
         * @type {{
         *   (properties: afwire.WritePosition.$Shape): afwire.WritePosition & afwire.WritePosition.$Shape;
         *   (properties?: afwire.WritePosition.$Properties): afwire.WritePosition;
         * }}
         */
        WritePosition.create = function(properties) {
            return new WritePosition(properties);
        };

        /**
         * Encodes the specified WritePosition message. Does not implicitly {@link afwire.WritePosition.verify|verify} messages.
         * @function encode
         * @memberof afwire.WritePosition
         * @static
         * @param {afwire.WritePosition.$Properties} m WritePosition message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WritePosition.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.tapeFile);
            if (m.block != null && $Object.hasOwnProperty.call(m, "block") && (typeof m.block === "object" ? m.block.low || m.block.high : m.block !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.block);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.offset);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a WritePosition message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.WritePosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.WritePosition & afwire.WritePosition.$Shape} WritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WritePosition.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.WritePosition();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.block = v;
                        else
                            delete m.block;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return WritePosition;
    })();

    afwire.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} afwire.Request.$Properties
         * @property {number|null} [id] Request id
         * @property {boolean|null} [dataFollows] Request dataFollows
         * @property {afwire.OpenForWrite.$Properties|null} [openForWrite] Request openForWrite
         * @property {afwire.OpenForRead.$Properties|null} [openForRead] Request openForRead
         * @property {afwire.WriteData.$Properties|null} [write] Request write
         * @property {afwire.ReadData.$Properties|null} [read] Request read
         * @property {afwire.CloseTape.$Properties|null} [close] Request close
         * @property {afwire.QueryPosition.$Properties|null} [queryPosition] Request queryPosition
         * @property {afwire.QueryWritePosition.$Properties|null} [queryWritePosition] Request queryWritePosition
         * @property {afwire.QueryStreamerState.$Properties|null} [queryStreamerState] Request queryStreamerState
         * @property {afwire.SetCartridge.$Properties|null} [setCartridge] Request setCartridge
         * @property {afwire.SetTapeFile.$Properties|null} [setTapeFile] Request setTapeFile
         * @property {afwire.RequestNewTapeFile.$Properties|null} [newTapeFile] Request newTapeFile
         * @property {afwire.RequestNewCartridge.$Properties|null} [newCartridge] Request newCartridge
         * @property {afwire.ListBackupHeaders.$Properties|null} [listBackupHeaders] Request listBackupHeaders
         * @property {afwire.ClientMessage.$Properties|null} [clientMessage] Request clientMessage
         * @property {afwire.RemoteStart.$Properties|null} [remoteStart] Request remoteStart
         * @property {afwire.Goodbye.$Properties|null} [goodbye] Request goodbye
         * @property {afwire.CopyBegin.$Properties|null} [copyBegin] Request copyBegin
         * @property {afwire.CopyTapeFile.$Properties|null} [copyTapeFile] Request copyTapeFile
         * @property {afwire.CopyCommit.$Properties|null} [copyCommit] Request copyCommit
         * @property {"openForWrite"|"openForRead"|"write"|"read"|"close"|"queryPosition"|"queryWritePosition"|"queryStreamerState"|"setCartridge"|"setTapeFile"|"newTapeFile"|"newCartridge"|"listBackupHeaders"|"clientMessage"|"remoteStart"|"goodbye"|"copyBegin"|"copyTapeFile"|"copyCommit"} [op] Request op
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof afwire
         * @interface IRequest
         * @augments afwire.Request.$Properties
         * @deprecated Use afwire.Request.$Properties instead.
         */

        /**
         * Narrowed shape of a Request.
         * @typedef {{
         *   id?: number|null;
         *   dataFollows?: boolean|null;
         *   openForWrite?: afwire.OpenForWrite.$Shape|null;
         *   openForRead?: afwire.OpenForRead.$Shape|null;
         *   write?: afwire.WriteData.$Shape|null;
         *   read?: afwire.ReadData.$Shape|null;
         *   close?: afwire.CloseTape.$Shape|null;
         *   queryPosition?: afwire.QueryPosition.$Shape|null;
         *   queryWritePosition?: afwire.QueryWritePosition.$Shape|null;
         *   queryStreamerState?: afwire.QueryStreamerState.$Shape|null;
         *   setCartridge?: afwire.SetCartridge.$Shape|null;
         *   setTapeFile?: afwire.SetTapeFile.$Shape|null;
         *   newTapeFile?: afwire.RequestNewTapeFile.$Shape|null;
         *   newCartridge?: afwire.RequestNewCartridge.$Shape|null;
         *   listBackupHeaders?: afwire.ListBackupHeaders.$Shape|null;
         *   clientMessage?: afwire.ClientMessage.$Shape|null;
         *   remoteStart?: afwire.RemoteStart.$Shape|null;
         *   goodbye?: afwire.Goodbye.$Shape|null;
         *   copyBegin?: afwire.CopyBegin.$Shape|null;
         *   copyTapeFile?: afwire.CopyTapeFile.$Shape|null;
         *   copyCommit?: afwire.CopyCommit.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ op?: undefined; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "openForWrite"; openForWrite: afwire.OpenForWrite.$Shape; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "openForRead"; openForWrite?: null; openForRead: afwire.OpenForRead.$Shape; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "write"; openForWrite?: null; openForRead?: null; write: afwire.WriteData.$Shape; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "read"; openForWrite?: null; openForRead?: null; write?: null; read: afwire.ReadData.$Shape; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "close"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close: afwire.CloseTape.$Shape; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryPosition"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition: afwire.QueryPosition.$Shape; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryWritePosition"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition: afwire.QueryWritePosition.$Shape; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "queryStreamerState"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState: afwire.QueryStreamerState.$Shape; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "setCartridge"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge: afwire.SetCartridge.$Shape; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "setTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile: afwire.SetTapeFile.$Shape; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "newTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile: afwire.RequestNewTapeFile.$Shape; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "newCartridge"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge: afwire.RequestNewCartridge.$Shape; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "listBackupHeaders"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders: afwire.ListBackupHeaders.$Shape; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "clientMessage"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage: afwire.ClientMessage.$Shape; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "remoteStart"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart: afwire.RemoteStart.$Shape; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "goodbye"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye: afwire.Goodbye.$Shape; copyBegin?: null; copyTapeFile?: null; copyCommit?: null }|{ op?: "copyBegin"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin: afwire.CopyBegin.$Shape; copyTapeFile?: null; copyCommit?: null }|{ op?: "copyTapeFile"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile: afwire.CopyTapeFile.$Shape; copyCommit?: null }|{ op?: "copyCommit"; openForWrite?: null; openForRead?: null; write?: null; read?: null; close?: null; queryPosition?: null; queryWritePosition?: null; queryStreamerState?: null; setCartridge?: null; setTapeFile?: null; newTapeFile?: null; newCartridge?: null; listBackupHeaders?: null; clientMessage?: null; remoteStart?: null; goodbye?: null; copyBegin?: null; copyTapeFile?: null; copyCommit: afwire.CopyCommit.$Shape })
         * )} afwire.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof afwire
         * @classdesc Represents a Request.
         * @constructor
         * @param {afwire.Request.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Request id.
         * @member {number} id
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.id = 0;

        /**
         * Request dataFollows.
         * @member {boolean} dataFollows
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.dataFollows = false;

        /**
         * Request openForWrite.
         * @member {afwire.OpenForWrite.$Properties|null|undefined} openForWrite
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.openForWrite = null;

        /**
         * Request openForRead.
         * @member {afwire.OpenForRead.$Properties|null|undefined} openForRead
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.openForRead = null;

        /**
         * Request write.
         * @member {afwire.WriteData.$Properties|null|undefined} write
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.write = null;

        /**
         * Request read.
         * @member {afwire.ReadData.$Properties|null|undefined} read
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.read = null;

        /**
         * Request close.
         * @member {afwire.CloseTape.$Properties|null|undefined} close
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.close = null;

        /**
         * Request queryPosition.
         * @member {afwire.QueryPosition.$Properties|null|undefined} queryPosition
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.queryPosition = null;

        /**
         * Request queryWritePosition.
         * @member {afwire.QueryWritePosition.$Properties|null|undefined} queryWritePosition
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.queryWritePosition = null;

        /**
         * Request queryStreamerState.
         * @member {afwire.QueryStreamerState.$Properties|null|undefined} queryStreamerState
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.queryStreamerState = null;

        /**
         * Request setCartridge.
         * @member {afwire.SetCartridge.$Properties|null|undefined} setCartridge
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.setCartridge = null;

        /**
         * Request setTapeFile.
         * @member {afwire.SetTapeFile.$Properties|null|undefined} setTapeFile
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.setTapeFile = null;

        /**
         * Request newTapeFile.
         * @member {afwire.RequestNewTapeFile.$Properties|null|undefined} newTapeFile
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.newTapeFile = null;

        /**
         * Request newCartridge.
         * @member {afwire.RequestNewCartridge.$Properties|null|undefined} newCartridge
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.newCartridge = null;

        /**
         * Request listBackupHeaders.
         * @member {afwire.ListBackupHeaders.$Properties|null|undefined} listBackupHeaders
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.listBackupHeaders = null;

        /**
         * Request clientMessage.
         * @member {afwire.ClientMessage.$Properties|null|undefined} clientMessage
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.clientMessage = null;

        /**
         * Request remoteStart.
         * @member {afwire.RemoteStart.$Properties|null|undefined} remoteStart
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.remoteStart = null;

        /**
         * Request goodbye.
         * @member {afwire.Goodbye.$Properties|null|undefined} goodbye
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.goodbye = null;

        /**
         * Request copyBegin.
         * @member {afwire.CopyBegin.$Properties|null|undefined} copyBegin
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.copyBegin = null;

        /**
         * Request copyTapeFile.
         * @member {afwire.CopyTapeFile.$Properties|null|undefined} copyTapeFile
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.copyTapeFile = null;

        /**
         * Request copyCommit.
         * @member {afwire.CopyCommit.$Properties|null|undefined} copyCommit
         * @memberof afwire.Request
         * @instance
         */
        Request.prototype.copyCommit = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Request op.
         * @member {"openForWrite"|"openForRead"|"write"|"read"|"close"|"queryPosition"|"queryWritePosition"|"queryStreamerState"|"setCartridge"|"setTapeFile"|"newTapeFile"|"newCartridge"|"listBackupHeaders"|"clientMessage"|"remoteStart"|"goodbye"|"copyBegin"|"copyTapeFile"|"copyCommit"|undefined} op
         * @memberof afwire.Request
         * @instance
         */
        $Object.defineProperty(Request.prototype, "op", {
            get: $util.oneOfGetter($oneOfFields = ["openForWrite", "openForRead", "write", "read", "close", "queryPosition", "queryWritePosition", "queryStreamerState", "setCartridge", "setTapeFile", "newTapeFile", "newCartridge", "listBackupHeaders", "clientMessage", "remoteStart", "goodbye", "copyBegin", "copyTapeFile", "copyCommit"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof afwire.Request
         * @static
         * @param {afwire.Request.$Properties=} [properties] Properties to set
         * @returns {afwire.Request} Request instance
         * @type {{
         *   (properties: afwire.Request.$Shape): afwire.Request & afwire.Request.$Shape;
         *   (properties?: afwire.Request.$Properties): afwire.Request;
         * }}
         */
        Request.create = function(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link afwire.Request.verify|verify} messages.
         * @function encode
         * @memberof afwire.Request
         * @static
         * @param {afwire.Request.$Properties} m Request message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows") && m.dataFollows !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.dataFollows);
            if (m.openForWrite != null && $Object.hasOwnProperty.call(m, "openForWrite"))
                $root.afwire.OpenForWrite.encode(m.openForWrite, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.openForRead != null && $Object.hasOwnProperty.call(m, "openForRead"))
                $root.afwire.OpenForRead.encode(m.openForRead, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.write != null && $Object.hasOwnProperty.call(m, "write"))
                $root.afwire.WriteData.encode(m.write, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.read != null && $Object.hasOwnProperty.call(m, "read"))
                $root.afwire.ReadData.encode(m.read, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.close != null && $Object.hasOwnProperty.call(m, "close"))
                $root.afwire.CloseTape.encode(m.close, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.queryPosition != null && $Object.hasOwnProperty.call(m, "queryPosition"))
                $root.afwire.QueryPosition.encode(m.queryPosition, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.queryWritePosition != null && $Object.hasOwnProperty.call(m, "queryWritePosition"))
                $root.afwire.QueryWritePosition.encode(m.queryWritePosition, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.queryStreamerState != null && $Object.hasOwnProperty.call(m, "queryStreamerState"))
                $root.afwire.QueryStreamerState.encode(m.queryStreamerState, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
            if (m.setCartridge != null && $Object.hasOwnProperty.call(m, "setCartridge"))
                $root.afwire.SetCartridge.encode(m.setCartridge, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            if (m.setTapeFile != null && $Object.hasOwnProperty.call(m, "setTapeFile"))
                $root.afwire.SetTapeFile.encode(m.setTapeFile, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
            if (m.newTapeFile != null && $Object.hasOwnProperty.call(m, "newTapeFile"))
                $root.afwire.RequestNewTapeFile.encode(m.newTapeFile, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            if (m.newCartridge != null && $Object.hasOwnProperty.call(m, "newCartridge"))
                $root.afwire.RequestNewCartridge.encode(m.newCartridge, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
            if (m.listBackupHeaders != null && $Object.hasOwnProperty.call(m, "listBackupHeaders"))
                $root.afwire.ListBackupHeaders.encode(m.listBackupHeaders, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
            if (m.clientMessage != null && $Object.hasOwnProperty.call(m, "clientMessage"))
                $root.afwire.ClientMessage.encode(m.clientMessage, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
            if (m.remoteStart != null && $Object.hasOwnProperty.call(m, "remoteStart"))
                $root.afwire.RemoteStart.encode(m.remoteStart, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
            if (m.goodbye != null && $Object.hasOwnProperty.call(m, "goodbye"))
                $root.afwire.Goodbye.encode(m.goodbye, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
            if (m.copyBegin != null && $Object.hasOwnProperty.call(m, "copyBegin"))
                $root.afwire.CopyBegin.encode(m.copyBegin, w.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
            if (m.copyTapeFile != null && $Object.hasOwnProperty.call(m, "copyTapeFile"))
                $root.afwire.CopyTapeFile.encode(m.copyTapeFile, w.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
            if (m.copyCommit != null && $Object.hasOwnProperty.call(m, "copyCommit"))
                $root.afwire.CopyCommit.encode(m.copyCommit, w.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Request & afwire.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Request();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.dataFollows = v;
                        else
                            delete m.dataFollows;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.openForWrite = $root.afwire.OpenForWrite.decode(r, r.size(), $undefined, q + 1, m.openForWrite);
                        m.op = "openForWrite";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.openForRead = $root.afwire.OpenForRead.decode(r, r.size(), $undefined, q + 1, m.openForRead);
                        m.op = "openForRead";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.write = $root.afwire.WriteData.decode(r, r.size(), $undefined, q + 1, m.write);
                        m.op = "write";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.read = $root.afwire.ReadData.decode(r, r.size(), $undefined, q + 1, m.read);
                        m.op = "read";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.close = $root.afwire.CloseTape.decode(r, r.size(), $undefined, q + 1, m.close);
                        m.op = "close";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.queryPosition = $root.afwire.QueryPosition.decode(r, r.size(), $undefined, q + 1, m.queryPosition);
                        m.op = "queryPosition";
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.queryWritePosition = $root.afwire.QueryWritePosition.decode(r, r.size(), $undefined, q + 1, m.queryWritePosition);
                        m.op = "queryWritePosition";
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.queryStreamerState = $root.afwire.QueryStreamerState.decode(r, r.size(), $undefined, q + 1, m.queryStreamerState);
                        m.op = "queryStreamerState";
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        m.setCartridge = $root.afwire.SetCartridge.decode(r, r.size(), $undefined, q + 1, m.setCartridge);
                        m.op = "setCartridge";
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        m.setTapeFile = $root.afwire.SetTapeFile.decode(r, r.size(), $undefined, q + 1, m.setTapeFile);
                        m.op = "setTapeFile";
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        m.newTapeFile = $root.afwire.RequestNewTapeFile.decode(r, r.size(), $undefined, q + 1, m.newTapeFile);
                        m.op = "newTapeFile";
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        m.newCartridge = $root.afwire.RequestNewCartridge.decode(r, r.size(), $undefined, q + 1, m.newCartridge);
                        m.op = "newCartridge";
                        continue;
                    }
                case 22: {
                        if (u !== 2)
                            break;
                        m.listBackupHeaders = $root.afwire.ListBackupHeaders.decode(r, r.size(), $undefined, q + 1, m.listBackupHeaders);
                        m.op = "listBackupHeaders";
                        continue;
                    }
                case 23: {
                        if (u !== 2)
                            break;
                        m.clientMessage = $root.afwire.ClientMessage.decode(r, r.size(), $undefined, q + 1, m.clientMessage);
                        m.op = "clientMessage";
                        continue;
                    }
                case 24: {
                        if (u !== 2)
                            break;
                        m.remoteStart = $root.afwire.RemoteStart.decode(r, r.size(), $undefined, q + 1, m.remoteStart);
                        m.op = "remoteStart";
                        continue;
                    }
                case 25: {
                        if (u !== 2)
                            break;
                        m.goodbye = $root.afwire.Goodbye.decode(r, r.size(), $undefined, q + 1, m.goodbye);
                        m.op = "goodbye";
                        continue;
                    }
                case 26: {
                        if (u !== 2)
                            break;
                        m.copyBegin = $root.afwire.CopyBegin.decode(r, r.size(), $undefined, q + 1, m.copyBegin);
                        m.op = "copyBegin";
                        continue;
                    }
                case 27: {
                        if (u !== 2)
                            break;
                        m.copyTapeFile = $root.afwire.CopyTapeFile.decode(r, r.size(), $undefined, q + 1, m.copyTapeFile);
                        m.op = "copyTapeFile";
                        continue;
                    }
                case 28: {
                        if (u !== 2)
                            break;
                        m.copyCommit = $root.afwire.CopyCommit.decode(r, r.size(), $undefined, q + 1, m.copyCommit);
                        m.op = "copyCommit";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Request;
    })();

    afwire.OpenForWrite = (function() {

        /**
         * Properties of an OpenForWrite.
         * @typedef {Object} afwire.OpenForWrite.$Properties
         * @property {number|null} [cartridgeSet] OpenForWrite cartridgeSet
         * @property {string|null} [kind] OpenForWrite kind
         * @property {Object.<string,string>|null} [metadata] OpenForWrite metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OpenForWrite.
         * @memberof afwire
         * @interface IOpenForWrite
         * @augments afwire.OpenForWrite.$Properties
         * @deprecated Use afwire.OpenForWrite.$Properties instead.
         */

        /**
         * Shape of an OpenForWrite.
         * @typedef {afwire.OpenForWrite.$Properties} afwire.OpenForWrite.$Shape
         */

        /**
         * Constructs a new OpenForWrite.
         * @memberof afwire
         * @classdesc Represents an OpenForWrite.
         * @constructor
         * @param {afwire.OpenForWrite.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OpenForWrite = function (p) {
            this.metadata = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * OpenForWrite cartridgeSet.
         * @member {number} cartridgeSet
         * @memberof afwire.OpenForWrite
         * @instance
         */
        OpenForWrite.prototype.cartridgeSet = 0;

        /**
         * OpenForWrite kind.
         * @member {string} kind
         * @memberof afwire.OpenForWrite
         * @instance
         */
        OpenForWrite.prototype.kind = "";

        /**
         * OpenForWrite metadata.
         * @member {Object.<string,string>} metadata
         * @memberof afwire.OpenForWrite
         * @instance
         */
        OpenForWrite.prototype.metadata = $util.emptyObject;

        /**
         * Creates a new OpenForWrite instance using the specified properties.
         * @function create
         * @memberof afwire.OpenForWrite
         * @static
         * @param {afwire.OpenForWrite.$Properties=} [properties] Properties to set
         * @returns {afwire.OpenForWrite} OpenForWrite instance
         * @type {{
         *   (properties: afwire.OpenForWrite.$Shape): afwire.OpenForWrite & afwire.OpenForWrite.$Shape;
         *   (properties?: afwire.OpenForWrite.$Properties): afwire.OpenForWrite;
         * }}
         */
        OpenForWrite.create = function(properties) {
            return new OpenForWrite(properties);
        };

        /**
         * Encodes the specified OpenForWrite message. Does not implicitly {@link afwire.OpenForWrite.verify|verify} messages.
         * @function encode
         * @memberof afwire.OpenForWrite
         * @static
         * @param {afwire.OpenForWrite.$Properties} m OpenForWrite message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenForWrite.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet") && m.cartridgeSet !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridgeSet);
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                for (var ks = $Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                    w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.metadata[ks[i]]).ldelim();
                }
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an OpenForWrite message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.OpenForWrite
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.OpenForWrite & afwire.OpenForWrite.$Shape} OpenForWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenForWrite.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.OpenForWrite();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridgeSet = v;
                        else
                            delete m.cartridgeSet;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (m.metadata === $util.emptyObject)
                            m.metadata = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.metadata, k);
                        m.metadata[k] = v;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return OpenForWrite;
    })();

    afwire.OpenForRead = (function() {

        /**
         * Properties of an OpenForRead.
         * @typedef {Object} afwire.OpenForRead.$Properties
         * @property {number|null} [cartridgeSet] OpenForRead cartridgeSet
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OpenForRead.
         * @memberof afwire
         * @interface IOpenForRead
         * @augments afwire.OpenForRead.$Properties
         * @deprecated Use afwire.OpenForRead.$Properties instead.
         */

        /**
         * Shape of an OpenForRead.
         * @typedef {afwire.OpenForRead.$Properties} afwire.OpenForRead.$Shape
         */

        /**
         * Constructs a new OpenForRead.
         * @memberof afwire
         * @classdesc Represents an OpenForRead.
         * @constructor
         * @param {afwire.OpenForRead.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OpenForRead = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * OpenForRead cartridgeSet.
         * @member {number} cartridgeSet
         * @memberof afwire.OpenForRead
         * @instance
         */
        OpenForRead.prototype.cartridgeSet = 0;

        /**
         * Creates a new OpenForRead instance using the specified properties.
         * @function create
         * @memberof afwire.OpenForRead
         * @static
         * @param {afwire.OpenForRead.$Properties=} [properties] Properties to set
         * @returns {afwire.OpenForRead} OpenForRead instance
         * @type {{
         *   (properties: afwire.OpenForRead.$Shape): afwire.OpenForRead & afwire.OpenForRead.$Shape;
         *   (properties?: afwire.OpenForRead.$Properties): afwire.OpenForRead;
         * }}
         */
        OpenForRead.create = function(properties) {
            return new OpenForRead(properties);
        };

        /**
         * Encodes the specified OpenForRead message. Does not implicitly {@link afwire.OpenForRead.verify|verify} messages.
         * @function encode
         * @memberof afwire.OpenForRead
         * @static
         * @param {afwire.OpenForRead.$Properties} m OpenForRead message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenForRead.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet") && m.cartridgeSet !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridgeSet);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an OpenForRead message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.OpenForRead
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.OpenForRead & afwire.OpenForRead.$Shape} OpenForRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenForRead.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.OpenForRead();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridgeSet = v;
                        else
                            delete m.cartridgeSet;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return OpenForRead;
    })();

    afwire.WriteData = (function() {

        /**
         * Properties of a WriteData.
         * @typedef {Object} afwire.WriteData.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteData.
         * @memberof afwire
         * @interface IWriteData
         * @augments afwire.WriteData.$Properties
         * @deprecated Use afwire.WriteData.$Properties instead.
         */

        /**
         * Shape of a WriteData.
         * @typedef {afwire.WriteData.$Properties} afwire.WriteData.$Shape
         */

        /**
         * Constructs a new WriteData.
         * @memberof afwire
         * @classdesc Represents a WriteData.
         * @constructor
         * @param {afwire.WriteData.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteData = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new WriteData instance using the specified properties.
         * @function create
         * @memberof afwire.WriteData
         * @static
         * @param {afwire.WriteData.$Properties=} [properties] Properties to set
         * @returns {afwire.WriteData} WriteData instance
         * @type {{
         *   (properties: afwire.WriteData.$Shape): afwire.WriteData & afwire.WriteData.$Shape;
         *   (properties?: afwire.WriteData.$Properties): afwire.WriteData;
         * }}
         */
        WriteData.create = function(properties) {
            return new WriteData(properties);
        };

        /**
         * Encodes the specified WriteData message. Does not implicitly {@link afwire.WriteData.verify|verify} messages.
         * @function encode
         * @memberof afwire.WriteData
         * @static
         * @param {afwire.WriteData.$Properties} m WriteData message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a WriteData message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.WriteData
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.WriteData & afwire.WriteData.$Shape} WriteData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.WriteData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return WriteData;
    })();

    afwire.ReadData = (function() {

        /**
         * Properties of a ReadData.
         * @typedef {Object} afwire.ReadData.$Properties
         * @property {Long|null} [maxBytes] ReadData maxBytes
         * @property {afwire.WritePosition.$Properties|null} [start] ReadData start
         * @property {boolean|null} [singleTapeFile] ReadData singleTapeFile
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReadData.
         * @memberof afwire
         * @interface IReadData
         * @augments afwire.ReadData.$Properties
         * @deprecated Use afwire.ReadData.$Properties instead.
         */

        /**
         * Shape of a ReadData.
         * @typedef {afwire.ReadData.$Properties} afwire.ReadData.$Shape
         */

        /**
         * Constructs a new ReadData.
         * @memberof afwire
         * @classdesc Represents a ReadData.
         * @constructor
         * @param {afwire.ReadData.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReadData = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ReadData maxBytes.
         * @member {Long} maxBytes
         * @memberof afwire.ReadData
         * @instance
         */
        ReadData.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ReadData start.
         * @member {afwire.WritePosition.$Properties|null|undefined} start
         * @memberof afwire.ReadData
         * @instance
         */
        ReadData.prototype.start = null;

        /**
         * ReadData singleTapeFile.
         * @member {boolean} singleTapeFile
         * @memberof afwire.ReadData
         * @instance
         */
        ReadData.prototype.singleTapeFile = false;

        /**
         * Creates a new ReadData instance using the specified properties.
         * @function create
         * @memberof afwire.ReadData
         * @static
         * @param {afwire.ReadData.$Properties=} [properties] Properties to set
         * @returns {afwire.ReadData} ReadData instance
         * @type {{
         *   (properties: afwire.ReadData.$Shape): afwire.ReadData & afwire.ReadData.$Shape;
         *   (properties?: afwire.ReadData.$Properties): afwire.ReadData;
         * }}
         */
        ReadData.create = function(properties) {
            return new ReadData(properties);
        };

        /**
         * Encodes the specified ReadData message. Does not implicitly {@link afwire.ReadData.verify|verify} messages.
         * @function encode
         * @memberof afwire.ReadData
         * @static
         * @param {afwire.ReadData.$Properties} m ReadData message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes") && (typeof m.maxBytes === "object" ? m.maxBytes.low || m.maxBytes.high : m.maxBytes !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.maxBytes);
            if (m.start != null && $Object.hasOwnProperty.call(m, "start"))
                $root.afwire.WritePosition.encode(m.start, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.singleTapeFile != null && $Object.hasOwnProperty.call(m, "singleTapeFile") && m.singleTapeFile !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.singleTapeFile);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ReadData message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.ReadData
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.ReadData & afwire.ReadData.$Shape} ReadData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.ReadData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.maxBytes = v;
                        else
                            delete m.maxBytes;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.start = $root.afwire.WritePosition.decode(r, r.size(), $undefined, q + 1, m.start);
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.singleTapeFile = v;
                        else
                            delete m.singleTapeFile;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return ReadData;
    })();

    afwire.CloseTape = (function() {

        /**
         * Properties of a CloseTape.
         * @typedef {Object} afwire.CloseTape.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CloseTape.
         * @memberof afwire
         * @interface ICloseTape
         * @augments afwire.CloseTape.$Properties
         * @deprecated Use afwire.CloseTape.$Properties instead.
         */

        /**
         * Shape of a CloseTape.
         * @typedef {afwire.CloseTape.$Properties} afwire.CloseTape.$Shape
         */

        /**
         * Constructs a new CloseTape.
         * @memberof afwire
         * @classdesc Represents a CloseTape.
         * @constructor
         * @param {afwire.CloseTape.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CloseTape = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new CloseTape instance using the specified properties.
         * @function create
         * @memberof afwire.CloseTape
         * @static
         * @param {afwire.CloseTape.$Properties=} [properties] Properties to set
         * @returns {afwire.CloseTape} CloseTape instance
         * @type {{
         *   (properties: afwire.CloseTape.$Shape): afwire.CloseTape & afwire.CloseTape.$Shape;
         *   (properties?: afwire.CloseTape.$Properties): afwire.CloseTape;
         * }}
         */
        CloseTape.create = function(properties) {
            return new CloseTape(properties);
        };

        /**
         * Encodes the specified CloseTape message. Does not implicitly {@link afwire.CloseTape.verify|verify} messages.
         * @function encode
         * @memberof afwire.CloseTape
         * @static
         * @param {afwire.CloseTape.$Properties} m CloseTape message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseTape.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CloseTape message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CloseTape
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CloseTape & afwire.CloseTape.$Shape} CloseTape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseTape.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CloseTape();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CloseTape;
    })();

    afwire.QueryPosition = (function() {

        /**
         * Properties of a QueryPosition.
         * @typedef {Object} afwire.QueryPosition.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueryPosition.
         * @memberof afwire
         * @interface IQueryPosition
         * @augments afwire.QueryPosition.$Properties
         * @deprecated Use afwire.QueryPosition.$Properties instead.
         */

        /**
         * Shape of a QueryPosition.
         * @typedef {afwire.QueryPosition.$Properties} afwire.QueryPosition.$Shape
         */

        /**
         * Constructs a new QueryPosition.
         * @memberof afwire
         * @classdesc Represents a QueryPosition.
         * @constructor
         * @param {afwire.QueryPosition.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueryPosition = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new QueryPosition instance using the specified properties.
         * @function create
         * @memberof afwire.QueryPosition
         * @static
         * @param {afwire.QueryPosition.$Properties=} [properties] Properties to set
         * @returns {afwire.QueryPosition} QueryPosition instance
         * @type {{
         *   (properties: afwire.QueryPosition.$Shape): afwire.QueryPosition & afwire.QueryPosition.$Shape;
         *   (properties?: afwire.QueryPosition.$Properties): afwire.QueryPosition;
         * }}
         */
        QueryPosition.create = function(properties) {
            return new QueryPosition(properties);
        };

        /**
         * Encodes the specified QueryPosition message. Does not implicitly {@link afwire.QueryPosition.verify|verify} messages.
         * @function encode
         * @memberof afwire.QueryPosition
         * @static
         * @param {afwire.QueryPosition.$Properties} m QueryPosition message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryPosition.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a QueryPosition message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.QueryPosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.QueryPosition & afwire.QueryPosition.$Shape} QueryPosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryPosition.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.QueryPosition();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return QueryPosition;
    })();

    afwire.QueryWritePosition = (function() {

        /**
         * Properties of a QueryWritePosition.
         * @typedef {Object} afwire.QueryWritePosition.$Properties
         * @property {number|null} [cartridgeSet] QueryWritePosition cartridgeSet
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueryWritePosition.
         * @memberof afwire
         * @interface IQueryWritePosition
         * @augments afwire.QueryWritePosition.$Properties
         * @deprecated Use afwire.QueryWritePosition.$Properties instead.
         */

        /**
         * Shape of a QueryWritePosition.
         * @typedef {afwire.QueryWritePosition.$Properties} afwire.QueryWritePosition.$Shape
         */

        /**
         * Constructs a new QueryWritePosition.
         * @memberof afwire
         * @classdesc Represents a QueryWritePosition.
         * @constructor
         * @param {afwire.QueryWritePosition.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueryWritePosition = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * QueryWritePosition cartridgeSet.
         * @member {number} cartridgeSet
         * @memberof afwire.QueryWritePosition
         * @instance
         */
        QueryWritePosition.prototype.cartridgeSet = 0;

        /**
         * Creates a new QueryWritePosition instance using the specified properties.
         * @function create
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {afwire.QueryWritePosition.$Properties=} [properties] Properties to set
         * @returns {afwire.QueryWritePosition} QueryWritePosition instance
         * @type {{
         *   (properties: afwire.QueryWritePosition.$Shape): afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape;
         *   (properties?: afwire.QueryWritePosition.$Properties): afwire.QueryWritePosition;
         * }}
         */
        QueryWritePosition.create = function(properties) {
            return new QueryWritePosition(properties);
        };

        /**
         * Encodes the specified QueryWritePosition message. Does not implicitly {@link afwire.QueryWritePosition.verify|verify} messages.
         * @function encode
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {afwire.QueryWritePosition.$Properties} m QueryWritePosition message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryWritePosition.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet") && m.cartridgeSet !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridgeSet);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a QueryWritePosition message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape} QueryWritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryWritePosition.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.QueryWritePosition();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridgeSet = v;
                        else
                            delete m.cartridgeSet;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return QueryWritePosition;
    })();

    afwire.QueryStreamerState = (function() {

        /**
         * Properties of a QueryStreamerState.
         * @typedef {Object} afwire.QueryStreamerState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QueryStreamerState.
         * @memberof afwire
         * @interface IQueryStreamerState
         * @augments afwire.QueryStreamerState.$Properties
         * @deprecated Use afwire.QueryStreamerState.$Properties instead.
         */

        /**
         * Shape of a QueryStreamerState.
         * @typedef {afwire.QueryStreamerState.$Properties} afwire.QueryStreamerState.$Shape
         */

        /**
         * Constructs a new QueryStreamerState.
         * @memberof afwire
         * @classdesc Represents a QueryStreamerState.
         * @constructor
         * @param {afwire.QueryStreamerState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QueryStreamerState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new QueryStreamerState instance using the specified properties.
         * @function create
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {afwire.QueryStreamerState.$Properties=} [properties] Properties to set
         * @returns {afwire.QueryStreamerState} QueryStreamerState instance
         * @type {{
         *   (properties: afwire.QueryStreamerState.$Shape): afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape;
         *   (properties?: afwire.QueryStreamerState.$Properties): afwire.QueryStreamerState;
         * }}
         */
        QueryStreamerState.create = function(properties) {
            return new QueryStreamerState(properties);
        };

        /**
         * Encodes the specified QueryStreamerState message. Does not implicitly {@link afwire.QueryStreamerState.verify|verify} messages.
         * @function encode
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {afwire.QueryStreamerState.$Properties} m QueryStreamerState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryStreamerState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a QueryStreamerState message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape} QueryStreamerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryStreamerState.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.QueryStreamerState();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return QueryStreamerState;
    })();

    afwire.SetCartridge = (function() {

        /**
         * Properties of a SetCartridge.
         * @typedef {Object} afwire.SetCartridge.$Properties
         * @property {number|null} [cartridge] SetCartridge cartridge
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetCartridge.
         * @memberof afwire
         * @interface ISetCartridge
         * @augments afwire.SetCartridge.$Properties
         * @deprecated Use afwire.SetCartridge.$Properties instead.
         */

        /**
         * Shape of a SetCartridge.
         * @typedef {afwire.SetCartridge.$Properties} afwire.SetCartridge.$Shape
         */

        /**
         * Constructs a new SetCartridge.
         * @memberof afwire
         * @classdesc Represents a SetCartridge.
         * @constructor
         * @param {afwire.SetCartridge.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetCartridge = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SetCartridge cartridge.
         * @member {number} cartridge
         * @memberof afwire.SetCartridge
         * @instance
         */
        SetCartridge.prototype.cartridge = 0;

        /**
         * Creates a new SetCartridge instance using the specified properties.
         * @function create
         * @memberof afwire.SetCartridge
         * @static
         * @param {afwire.SetCartridge.$Properties=} [properties] Properties to set
         * @returns {afwire.SetCartridge} SetCartridge instance
         * @type {{
         *   (properties: afwire.SetCartridge.$Shape): afwire.SetCartridge & afwire.SetCartridge.$Shape;
         *   (properties?: afwire.SetCartridge.$Properties): afwire.SetCartridge;
         * }}
         */
        SetCartridge.create = function(properties) {
            return new SetCartridge(properties);
        };

        /**
         * Encodes the specified SetCartridge message. Does not implicitly {@link afwire.SetCartridge.verify|verify} messages.
         * @function encode
         * @memberof afwire.SetCartridge
         * @static
         * @param {afwire.SetCartridge.$Properties} m SetCartridge message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetCartridge.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SetCartridge message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.SetCartridge
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.SetCartridge & afwire.SetCartridge.$Shape} SetCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetCartridge.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.SetCartridge();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return SetCartridge;
    })();

    afwire.SetTapeFile = (function() {

        /**
         * Properties of a SetTapeFile.
         * @typedef {Object} afwire.SetTapeFile.$Properties
         * @property {number|null} [tapeFile] SetTapeFile tapeFile
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetTapeFile.
         * @memberof afwire
         * @interface ISetTapeFile
         * @augments afwire.SetTapeFile.$Properties
         * @deprecated Use afwire.SetTapeFile.$Properties instead.
         */

        /**
         * Shape of a SetTapeFile.
         * @typedef {afwire.SetTapeFile.$Properties} afwire.SetTapeFile.$Shape
         */

        /**
         * Constructs a new SetTapeFile.
         * @memberof afwire
         * @classdesc Represents a SetTapeFile.
         * @constructor
         * @param {afwire.SetTapeFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetTapeFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SetTapeFile tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.SetTapeFile
         * @instance
         */
        SetTapeFile.prototype.tapeFile = 0;

        /**
         * Creates a new SetTapeFile instance using the specified properties.
         * @function create
         * @memberof afwire.SetTapeFile
         * @static
         * @param {afwire.SetTapeFile.$Properties=} [properties] Properties to set
         * @returns {afwire.SetTapeFile} SetTapeFile instance
         * @type {{
         *   (properties: afwire.SetTapeFile.$Shape): afwire.SetTapeFile & afwire.SetTapeFile.$Shape;
         *   (properties?: afwire.SetTapeFile.$Properties): afwire.SetTapeFile;
         * }}
         */
        SetTapeFile.create = function(properties) {
            return new SetTapeFile(properties);
        };

        /**
         * Encodes the specified SetTapeFile message. Does not implicitly {@link afwire.SetTapeFile.verify|verify} messages.
         * @function encode
         * @memberof afwire.SetTapeFile
         * @static
         * @param {afwire.SetTapeFile.$Properties} m SetTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetTapeFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tapeFile);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SetTapeFile message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.SetTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.SetTapeFile & afwire.SetTapeFile.$Shape} SetTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetTapeFile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.SetTapeFile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return SetTapeFile;
    })();

    afwire.RequestNewTapeFile = (function() {

        /**
         * Properties of a RequestNewTapeFile.
         * @typedef {Object} afwire.RequestNewTapeFile.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestNewTapeFile.
         * @memberof afwire
         * @interface IRequestNewTapeFile
         * @augments afwire.RequestNewTapeFile.$Properties
         * @deprecated Use afwire.RequestNewTapeFile.$Properties instead.
         */

        /**
         * Shape of a RequestNewTapeFile.
         * @typedef {afwire.RequestNewTapeFile.$Properties} afwire.RequestNewTapeFile.$Shape
         */

        /**
         * Constructs a new RequestNewTapeFile.
         * @memberof afwire
         * @classdesc Represents a RequestNewTapeFile.
         * @constructor
         * @param {afwire.RequestNewTapeFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestNewTapeFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new RequestNewTapeFile instance using the specified properties.
         * @function create
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {afwire.RequestNewTapeFile.$Properties=} [properties] Properties to set
         * @returns {afwire.RequestNewTapeFile} RequestNewTapeFile instance
         * @type {{
         *   (properties: afwire.RequestNewTapeFile.$Shape): afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape;
         *   (properties?: afwire.RequestNewTapeFile.$Properties): afwire.RequestNewTapeFile;
         * }}
         */
        RequestNewTapeFile.create = function(properties) {
            return new RequestNewTapeFile(properties);
        };

        /**
         * Encodes the specified RequestNewTapeFile message. Does not implicitly {@link afwire.RequestNewTapeFile.verify|verify} messages.
         * @function encode
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {afwire.RequestNewTapeFile.$Properties} m RequestNewTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestNewTapeFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RequestNewTapeFile message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape} RequestNewTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestNewTapeFile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.RequestNewTapeFile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return RequestNewTapeFile;
    })();

    afwire.RequestNewCartridge = (function() {

        /**
         * Properties of a RequestNewCartridge.
         * @typedef {Object} afwire.RequestNewCartridge.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RequestNewCartridge.
         * @memberof afwire
         * @interface IRequestNewCartridge
         * @augments afwire.RequestNewCartridge.$Properties
         * @deprecated Use afwire.RequestNewCartridge.$Properties instead.
         */

        /**
         * Shape of a RequestNewCartridge.
         * @typedef {afwire.RequestNewCartridge.$Properties} afwire.RequestNewCartridge.$Shape
         */

        /**
         * Constructs a new RequestNewCartridge.
         * @memberof afwire
         * @classdesc Represents a RequestNewCartridge.
         * @constructor
         * @param {afwire.RequestNewCartridge.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RequestNewCartridge = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new RequestNewCartridge instance using the specified properties.
         * @function create
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {afwire.RequestNewCartridge.$Properties=} [properties] Properties to set
         * @returns {afwire.RequestNewCartridge} RequestNewCartridge instance
         * @type {{
         *   (properties: afwire.RequestNewCartridge.$Shape): afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape;
         *   (properties?: afwire.RequestNewCartridge.$Properties): afwire.RequestNewCartridge;
         * }}
         */
        RequestNewCartridge.create = function(properties) {
            return new RequestNewCartridge(properties);
        };

        /**
         * Encodes the specified RequestNewCartridge message. Does not implicitly {@link afwire.RequestNewCartridge.verify|verify} messages.
         * @function encode
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {afwire.RequestNewCartridge.$Properties} m RequestNewCartridge message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestNewCartridge.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RequestNewCartridge message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape} RequestNewCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestNewCartridge.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.RequestNewCartridge();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return RequestNewCartridge;
    })();

    afwire.ListBackupHeaders = (function() {

        /**
         * Properties of a ListBackupHeaders.
         * @typedef {Object} afwire.ListBackupHeaders.$Properties
         * @property {number|null} [cartridge] ListBackupHeaders cartridge
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListBackupHeaders.
         * @memberof afwire
         * @interface IListBackupHeaders
         * @augments afwire.ListBackupHeaders.$Properties
         * @deprecated Use afwire.ListBackupHeaders.$Properties instead.
         */

        /**
         * Shape of a ListBackupHeaders.
         * @typedef {afwire.ListBackupHeaders.$Properties} afwire.ListBackupHeaders.$Shape
         */

        /**
         * Constructs a new ListBackupHeaders.
         * @memberof afwire
         * @classdesc Represents a ListBackupHeaders.
         * @constructor
         * @param {afwire.ListBackupHeaders.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ListBackupHeaders = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListBackupHeaders cartridge.
         * @member {number} cartridge
         * @memberof afwire.ListBackupHeaders
         * @instance
         */
        ListBackupHeaders.prototype.cartridge = 0;

        /**
         * Creates a new ListBackupHeaders instance using the specified properties.
         * @function create
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {afwire.ListBackupHeaders.$Properties=} [properties] Properties to set
         * @returns {afwire.ListBackupHeaders} ListBackupHeaders instance
         * @type {{
         *   (properties: afwire.ListBackupHeaders.$Shape): afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape;
         *   (properties?: afwire.ListBackupHeaders.$Properties): afwire.ListBackupHeaders;
         * }}
         */
        ListBackupHeaders.create = function(properties) {
            return new ListBackupHeaders(properties);
        };

        /**
         * Encodes the specified ListBackupHeaders message. Does not implicitly {@link afwire.ListBackupHeaders.verify|verify} messages.
         * @function encode
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {afwire.ListBackupHeaders.$Properties} m ListBackupHeaders message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListBackupHeaders.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ListBackupHeaders message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape} ListBackupHeaders
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListBackupHeaders.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.ListBackupHeaders();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return ListBackupHeaders;
    })();

    afwire.ClientMessage = (function() {

        /**
         * Properties of a ClientMessage.
         * @typedef {Object} afwire.ClientMessage.$Properties
         * @property {afwire.CartridgeList.$Properties|null} [preciousTapes] ClientMessage preciousTapes
         * @property {afwire.CartridgeList.$Properties|null} [reuseTapes] ClientMessage reuseTapes
         * @property {afwire.CartridgeList.$Properties|null} [tapesReadOnly] ClientMessage tapesReadOnly
         * @property {afwire.CartridgeList.$Properties|null} [tapesReadWrite] ClientMessage tapesReadWrite
         * @property {afwire.DeleteClient.$Properties|null} [deleteClient] ClientMessage deleteClient
         * @property {"preciousTapes"|"reuseTapes"|"tapesReadOnly"|"tapesReadWrite"|"deleteClient"} [kind] ClientMessage kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientMessage.
         * @memberof afwire
         * @interface IClientMessage
         * @augments afwire.ClientMessage.$Properties
         * @deprecated Use afwire.ClientMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ClientMessage.
         * @typedef {{
         *   preciousTapes?: afwire.CartridgeList.$Shape|null;
         *   reuseTapes?: afwire.CartridgeList.$Shape|null;
         *   tapesReadOnly?: afwire.CartridgeList.$Shape|null;
         *   tapesReadWrite?: afwire.CartridgeList.$Shape|null;
         *   deleteClient?: afwire.DeleteClient.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "preciousTapes"; preciousTapes: afwire.CartridgeList.$Shape; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "reuseTapes"; preciousTapes?: null; reuseTapes: afwire.CartridgeList.$Shape; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "tapesReadOnly"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly: afwire.CartridgeList.$Shape; tapesReadWrite?: null; deleteClient?: null }|{ kind?: "tapesReadWrite"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite: afwire.CartridgeList.$Shape; deleteClient?: null }|{ kind?: "deleteClient"; preciousTapes?: null; reuseTapes?: null; tapesReadOnly?: null; tapesReadWrite?: null; deleteClient: afwire.DeleteClient.$Shape })
         * )} afwire.ClientMessage.$Shape
         */

        /**
         * Constructs a new ClientMessage.
         * @memberof afwire
         * @classdesc Represents a ClientMessage.
         * @constructor
         * @param {afwire.ClientMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClientMessage preciousTapes.
         * @member {afwire.CartridgeList.$Properties|null|undefined} preciousTapes
         * @memberof afwire.ClientMessage
         * @instance
         */
        ClientMessage.prototype.preciousTapes = null;

        /**
         * ClientMessage reuseTapes.
         * @member {afwire.CartridgeList.$Properties|null|undefined} reuseTapes
         * @memberof afwire.ClientMessage
         * @instance
         */
        ClientMessage.prototype.reuseTapes = null;

        /**
         * ClientMessage tapesReadOnly.
         * @member {afwire.CartridgeList.$Properties|null|undefined} tapesReadOnly
         * @memberof afwire.ClientMessage
         * @instance
         */
        ClientMessage.prototype.tapesReadOnly = null;

        /**
         * ClientMessage tapesReadWrite.
         * @member {afwire.CartridgeList.$Properties|null|undefined} tapesReadWrite
         * @memberof afwire.ClientMessage
         * @instance
         */
        ClientMessage.prototype.tapesReadWrite = null;

        /**
         * ClientMessage deleteClient.
         * @member {afwire.DeleteClient.$Properties|null|undefined} deleteClient
         * @memberof afwire.ClientMessage
         * @instance
         */
        ClientMessage.prototype.deleteClient = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ClientMessage kind.
         * @member {"preciousTapes"|"reuseTapes"|"tapesReadOnly"|"tapesReadWrite"|"deleteClient"|undefined} kind
         * @memberof afwire.ClientMessage
         * @instance
         */
        $Object.defineProperty(ClientMessage.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["preciousTapes", "reuseTapes", "tapesReadOnly", "tapesReadWrite", "deleteClient"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ClientMessage instance using the specified properties.
         * @function create
         * @memberof afwire.ClientMessage
         * @static
         * @param {afwire.ClientMessage.$Properties=} [properties] Properties to set
         * @returns {afwire.ClientMessage} ClientMessage instance
         * @type {{
         *   (properties: afwire.ClientMessage.$Shape): afwire.ClientMessage & afwire.ClientMessage.$Shape;
         *   (properties?: afwire.ClientMessage.$Properties): afwire.ClientMessage;
         * }}
         */
        ClientMessage.create = function(properties) {
            return new ClientMessage(properties);
        };

        /**
         * Encodes the specified ClientMessage message. Does not implicitly {@link afwire.ClientMessage.verify|verify} messages.
         * @function encode
         * @memberof afwire.ClientMessage
         * @static
         * @param {afwire.ClientMessage.$Properties} m ClientMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.preciousTapes != null && $Object.hasOwnProperty.call(m, "preciousTapes"))
                $root.afwire.CartridgeList.encode(m.preciousTapes, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.reuseTapes != null && $Object.hasOwnProperty.call(m, "reuseTapes"))
                $root.afwire.CartridgeList.encode(m.reuseTapes, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.tapesReadOnly != null && $Object.hasOwnProperty.call(m, "tapesReadOnly"))
                $root.afwire.CartridgeList.encode(m.tapesReadOnly, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.tapesReadWrite != null && $Object.hasOwnProperty.call(m, "tapesReadWrite"))
                $root.afwire.CartridgeList.encode(m.tapesReadWrite, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.deleteClient != null && $Object.hasOwnProperty.call(m, "deleteClient"))
                $root.afwire.DeleteClient.encode(m.deleteClient, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ClientMessage message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.ClientMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.ClientMessage & afwire.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.ClientMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.preciousTapes = $root.afwire.CartridgeList.decode(r, r.size(), $undefined, q + 1, m.preciousTapes);
                        m.kind = "preciousTapes";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.reuseTapes = $root.afwire.CartridgeList.decode(r, r.size(), $undefined, q + 1, m.reuseTapes);
                        m.kind = "reuseTapes";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.tapesReadOnly = $root.afwire.CartridgeList.decode(r, r.size(), $undefined, q + 1, m.tapesReadOnly);
                        m.kind = "tapesReadOnly";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.tapesReadWrite = $root.afwire.CartridgeList.decode(r, r.size(), $undefined, q + 1, m.tapesReadWrite);
                        m.kind = "tapesReadWrite";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.deleteClient = $root.afwire.DeleteClient.decode(r, r.size(), $undefined, q + 1, m.deleteClient);
                        m.kind = "deleteClient";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return ClientMessage;
    })();

    afwire.CartridgeList = (function() {

        /**
         * Properties of a CartridgeList.
         * @typedef {Object} afwire.CartridgeList.$Properties
         * @property {Array.<number>|null} [cartridges] CartridgeList cartridges
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CartridgeList.
         * @memberof afwire
         * @interface ICartridgeList
         * @augments afwire.CartridgeList.$Properties
         * @deprecated Use afwire.CartridgeList.$Properties instead.
         */

        /**
         * Shape of a CartridgeList.
         * @typedef {afwire.CartridgeList.$Properties} afwire.CartridgeList.$Shape
         */

        /**
         * Constructs a new CartridgeList.
         * @memberof afwire
         * @classdesc Represents a CartridgeList.
         * @constructor
         * @param {afwire.CartridgeList.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CartridgeList = function (p) {
            this.cartridges = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CartridgeList cartridges.
         * @member {Array.<number>} cartridges
         * @memberof afwire.CartridgeList
         * @instance
         */
        CartridgeList.prototype.cartridges = $util.emptyArray;

        /**
         * Creates a new CartridgeList instance using the specified properties.
         * @function create
         * @memberof afwire.CartridgeList
         * @static
         * @param {afwire.CartridgeList.$Properties=} [properties] Properties to set
         * @returns {afwire.CartridgeList} CartridgeList instance
         * @type {{
         *   (properties: afwire.CartridgeList.$Shape): afwire.CartridgeList & afwire.CartridgeList.$Shape;
         *   (properties?: afwire.CartridgeList.$Properties): afwire.CartridgeList;
         * }}
         */
        CartridgeList.create = function(properties) {
            return new CartridgeList(properties);
        };

        /**
         * Encodes the specified CartridgeList message. Does not implicitly {@link afwire.CartridgeList.verify|verify} messages.
         * @function encode
         * @memberof afwire.CartridgeList
         * @static
         * @param {afwire.CartridgeList.$Properties} m CartridgeList message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CartridgeList.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridges != null && m.cartridges.length) {
                w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.cartridges);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CartridgeList message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CartridgeList
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CartridgeList & afwire.CartridgeList.$Shape} CartridgeList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CartridgeList.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CartridgeList();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.cartridges && m.cartridges.length))
                                m.cartridges = [];
                            r.uint32s(m.cartridges);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.cartridges && m.cartridges.length))
                            m.cartridges = [];
                        m.cartridges.push(r.uint32());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CartridgeList;
    })();

    afwire.DeleteClient = (function() {

        /**
         * Properties of a DeleteClient.
         * @typedef {Object} afwire.DeleteClient.$Properties
         * @property {string|null} [clientId] DeleteClient clientId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeleteClient.
         * @memberof afwire
         * @interface IDeleteClient
         * @augments afwire.DeleteClient.$Properties
         * @deprecated Use afwire.DeleteClient.$Properties instead.
         */

        /**
         * Shape of a DeleteClient.
         * @typedef {afwire.DeleteClient.$Properties} afwire.DeleteClient.$Shape
         */

        /**
         * Constructs a new DeleteClient.
         * @memberof afwire
         * @classdesc Represents a DeleteClient.
         * @constructor
         * @param {afwire.DeleteClient.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeleteClient = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DeleteClient clientId.
         * @member {string} clientId
         * @memberof afwire.DeleteClient
         * @instance
         */
        DeleteClient.prototype.clientId = "";

        /**
         * Creates a new DeleteClient instance using the specified properties.
         * @function create
         * @memberof afwire.DeleteClient
         * @static
         * @param {afwire.DeleteClient.$Properties=} [properties] Properties to set
         * @returns {afwire.DeleteClient} DeleteClient instance
         * @type {{
         *   (properties: afwire.DeleteClient.$Shape): afwire.DeleteClient & afwire.DeleteClient.$Shape;
         *   (properties?: afwire.DeleteClient.$Properties): afwire.DeleteClient;
         * }}
         */
        DeleteClient.create = function(properties) {
            return new DeleteClient(properties);
        };

        /**
         * Encodes the specified DeleteClient message. Does not implicitly {@link afwire.DeleteClient.verify|verify} messages.
         * @function encode
         * @memberof afwire.DeleteClient
         * @static
         * @param {afwire.DeleteClient.$Properties} m DeleteClient message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeleteClient.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId") && m.clientId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.clientId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DeleteClient message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.DeleteClient
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.DeleteClient & afwire.DeleteClient.$Shape} DeleteClient
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeleteClient.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.DeleteClient();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientId = v;
                        else
                            delete m.clientId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return DeleteClient;
    })();

    afwire.RemoteStart = (function() {

        /**
         * Properties of a RemoteStart.
         * @typedef {Object} afwire.RemoteStart.$Properties
         * @property {string|null} [program] RemoteStart program
         * @property {Array.<string>|null} [args] RemoteStart args
         * @property {boolean|null} [quiet] RemoteStart quiet
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoteStart.
         * @memberof afwire
         * @interface IRemoteStart
         * @augments afwire.RemoteStart.$Properties
         * @deprecated Use afwire.RemoteStart.$Properties instead.
         */

        /**
         * Shape of a RemoteStart.
         * @typedef {afwire.RemoteStart.$Properties} afwire.RemoteStart.$Shape
         */

        /**
         * Constructs a new RemoteStart.
         * @memberof afwire
         * @classdesc Represents a RemoteStart.
         * @constructor
         * @param {afwire.RemoteStart.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoteStart = function (p) {
            this.args = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RemoteStart program.
         * @member {string} program
         * @memberof afwire.RemoteStart
         * @instance
         */
        RemoteStart.prototype.program = "";

        /**
         * RemoteStart args.
         * @member {Array.<string>} args
         * @memberof afwire.RemoteStart
         * @instance
         */
        RemoteStart.prototype.args = $util.emptyArray;

        /**
         * RemoteStart quiet.
         * @member {boolean} quiet
         * @memberof afwire.RemoteStart
         * @instance
         */
        RemoteStart.prototype.quiet = false;

        /**
         * Creates a new RemoteStart instance using the specified properties.
         * @function create
         * @memberof afwire.RemoteStart
         * @static
         * @param {afwire.RemoteStart.$Properties=} [properties] Properties to set
         * @returns {afwire.RemoteStart} RemoteStart instance
         * @type {{
         *   (properties: afwire.RemoteStart.$Shape): afwire.RemoteStart & afwire.RemoteStart.$Shape;
         *   (properties?: afwire.RemoteStart.$Properties): afwire.RemoteStart;
         * }}
         */
        RemoteStart.create = function(properties) {
            return new RemoteStart(properties);
        };

        /**
         * Encodes the specified RemoteStart message. Does not implicitly {@link afwire.RemoteStart.verify|verify} messages.
         * @function encode
         * @memberof afwire.RemoteStart
         * @static
         * @param {afwire.RemoteStart.$Properties} m RemoteStart message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoteStart.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.program != null && $Object.hasOwnProperty.call(m, "program") && m.program !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.program);
            if (m.args != null && m.args.length) {
                for (var i = 0; i < m.args.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.args[i]);
            }
            if (m.quiet != null && $Object.hasOwnProperty.call(m, "quiet") && m.quiet !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.quiet);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RemoteStart message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.RemoteStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.RemoteStart & afwire.RemoteStart.$Shape} RemoteStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoteStart.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.RemoteStart();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.program = v;
                        else
                            delete m.program;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.args && m.args.length))
                            m.args = [];
                        m.args.push(r.stringVerify());
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.quiet = v;
                        else
                            delete m.quiet;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return RemoteStart;
    })();

    afwire.Goodbye = (function() {

        /**
         * Properties of a Goodbye.
         * @typedef {Object} afwire.Goodbye.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Goodbye.
         * @memberof afwire
         * @interface IGoodbye
         * @augments afwire.Goodbye.$Properties
         * @deprecated Use afwire.Goodbye.$Properties instead.
         */

        /**
         * Shape of a Goodbye.
         * @typedef {afwire.Goodbye.$Properties} afwire.Goodbye.$Shape
         */

        /**
         * Constructs a new Goodbye.
         * @memberof afwire
         * @classdesc Represents a Goodbye.
         * @constructor
         * @param {afwire.Goodbye.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Goodbye = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new Goodbye instance using the specified properties.
         * @function create
         * @memberof afwire.Goodbye
         * @static
         * @param {afwire.Goodbye.$Properties=} [properties] Properties to set
         * @returns {afwire.Goodbye} Goodbye instance
         * @type {{
         *   (properties: afwire.Goodbye.$Shape): afwire.Goodbye & afwire.Goodbye.$Shape;
         *   (properties?: afwire.Goodbye.$Properties): afwire.Goodbye;
         * }}
         */
        Goodbye.create = function(properties) {
            return new Goodbye(properties);
        };

        /**
         * Encodes the specified Goodbye message. Does not implicitly {@link afwire.Goodbye.verify|verify} messages.
         * @function encode
         * @memberof afwire.Goodbye
         * @static
         * @param {afwire.Goodbye.$Properties} m Goodbye message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Goodbye.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Goodbye message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Goodbye
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Goodbye & afwire.Goodbye.$Shape} Goodbye
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Goodbye.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Goodbye();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Goodbye;
    })();

    afwire.CopyBegin = (function() {

        /**
         * Properties of a CopyBegin.
         * @typedef {Object} afwire.CopyBegin.$Properties
         * @property {number|null} [cartridge] CopyBegin cartridge
         * @property {number|null} [original] CopyBegin original
         * @property {string|null} [sourceServer] CopyBegin sourceServer
         * @property {number|null} [firstTapeFile] CopyBegin firstTapeFile
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CopyBegin.
         * @memberof afwire
         * @interface ICopyBegin
         * @augments afwire.CopyBegin.$Properties
         * @deprecated Use afwire.CopyBegin.$Properties instead.
         */

        /**
         * Shape of a CopyBegin.
         * @typedef {afwire.CopyBegin.$Properties} afwire.CopyBegin.$Shape
         */

        /**
         * Constructs a new CopyBegin.
         * @memberof afwire
         * @classdesc Represents a CopyBegin.
         * @constructor
         * @param {afwire.CopyBegin.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CopyBegin = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CopyBegin cartridge.
         * @member {number} cartridge
         * @memberof afwire.CopyBegin
         * @instance
         */
        CopyBegin.prototype.cartridge = 0;

        /**
         * CopyBegin original.
         * @member {number} original
         * @memberof afwire.CopyBegin
         * @instance
         */
        CopyBegin.prototype.original = 0;

        /**
         * CopyBegin sourceServer.
         * @member {string} sourceServer
         * @memberof afwire.CopyBegin
         * @instance
         */
        CopyBegin.prototype.sourceServer = "";

        /**
         * CopyBegin firstTapeFile.
         * @member {number} firstTapeFile
         * @memberof afwire.CopyBegin
         * @instance
         */
        CopyBegin.prototype.firstTapeFile = 0;

        /**
         * Creates a new CopyBegin instance using the specified properties.
         * @function create
         * @memberof afwire.CopyBegin
         * @static
         * @param {afwire.CopyBegin.$Properties=} [properties] Properties to set
         * @returns {afwire.CopyBegin} CopyBegin instance
         * @type {{
         *   (properties: afwire.CopyBegin.$Shape): afwire.CopyBegin & afwire.CopyBegin.$Shape;
         *   (properties?: afwire.CopyBegin.$Properties): afwire.CopyBegin;
         * }}
         */
        CopyBegin.create = function(properties) {
            return new CopyBegin(properties);
        };

        /**
         * Encodes the specified CopyBegin message. Does not implicitly {@link afwire.CopyBegin.verify|verify} messages.
         * @function encode
         * @memberof afwire.CopyBegin
         * @static
         * @param {afwire.CopyBegin.$Properties} m CopyBegin message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyBegin.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.original != null && $Object.hasOwnProperty.call(m, "original") && m.original !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.original);
            if (m.sourceServer != null && $Object.hasOwnProperty.call(m, "sourceServer") && m.sourceServer !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.sourceServer);
            if (m.firstTapeFile != null && $Object.hasOwnProperty.call(m, "firstTapeFile") && m.firstTapeFile !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.firstTapeFile);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CopyBegin message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CopyBegin
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CopyBegin & afwire.CopyBegin.$Shape} CopyBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyBegin.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CopyBegin();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.original = v;
                        else
                            delete m.original;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sourceServer = v;
                        else
                            delete m.sourceServer;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.firstTapeFile = v;
                        else
                            delete m.firstTapeFile;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CopyBegin;
    })();

    afwire.CopyTapeFile = (function() {

        /**
         * Properties of a CopyTapeFile.
         * @typedef {Object} afwire.CopyTapeFile.$Properties
         * @property {number|null} [tapeFile] CopyTapeFile tapeFile
         * @property {boolean|null} [filemark] CopyTapeFile filemark
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CopyTapeFile.
         * @memberof afwire
         * @interface ICopyTapeFile
         * @augments afwire.CopyTapeFile.$Properties
         * @deprecated Use afwire.CopyTapeFile.$Properties instead.
         */

        /**
         * Shape of a CopyTapeFile.
         * @typedef {afwire.CopyTapeFile.$Properties} afwire.CopyTapeFile.$Shape
         */

        /**
         * Constructs a new CopyTapeFile.
         * @memberof afwire
         * @classdesc Represents a CopyTapeFile.
         * @constructor
         * @param {afwire.CopyTapeFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CopyTapeFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CopyTapeFile tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.CopyTapeFile
         * @instance
         */
        CopyTapeFile.prototype.tapeFile = 0;

        /**
         * CopyTapeFile filemark.
         * @member {boolean} filemark
         * @memberof afwire.CopyTapeFile
         * @instance
         */
        CopyTapeFile.prototype.filemark = false;

        /**
         * Creates a new CopyTapeFile instance using the specified properties.
         * @function create
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {afwire.CopyTapeFile.$Properties=} [properties] Properties to set
         * @returns {afwire.CopyTapeFile} CopyTapeFile instance
         * @type {{
         *   (properties: afwire.CopyTapeFile.$Shape): afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape;
         *   (properties?: afwire.CopyTapeFile.$Properties): afwire.CopyTapeFile;
         * }}
         */
        CopyTapeFile.create = function(properties) {
            return new CopyTapeFile(properties);
        };

        /**
         * Encodes the specified CopyTapeFile message. Does not implicitly {@link afwire.CopyTapeFile.verify|verify} messages.
         * @function encode
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {afwire.CopyTapeFile.$Properties} m CopyTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyTapeFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tapeFile);
            if (m.filemark != null && $Object.hasOwnProperty.call(m, "filemark") && m.filemark !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.filemark);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CopyTapeFile message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape} CopyTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyTapeFile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CopyTapeFile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.filemark = v;
                        else
                            delete m.filemark;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CopyTapeFile;
    })();

    afwire.CopyCommit = (function() {

        /**
         * Properties of a CopyCommit.
         * @typedef {Object} afwire.CopyCommit.$Properties
         * @property {Array.<afwire.TapeFileDigest.$Properties>|null} [expected] CopyCommit expected
         * @property {Array.<afwire.CopiedBackup.$Properties>|null} [backups] CopyCommit backups
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CopyCommit.
         * @memberof afwire
         * @interface ICopyCommit
         * @augments afwire.CopyCommit.$Properties
         * @deprecated Use afwire.CopyCommit.$Properties instead.
         */

        /**
         * Shape of a CopyCommit.
         * @typedef {afwire.CopyCommit.$Properties} afwire.CopyCommit.$Shape
         */

        /**
         * Constructs a new CopyCommit.
         * @memberof afwire
         * @classdesc Represents a CopyCommit.
         * @constructor
         * @param {afwire.CopyCommit.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CopyCommit = function (p) {
            this.expected = [];
            this.backups = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CopyCommit expected.
         * @member {Array.<afwire.TapeFileDigest.$Properties>} expected
         * @memberof afwire.CopyCommit
         * @instance
         */
        CopyCommit.prototype.expected = $util.emptyArray;

        /**
         * CopyCommit backups.
         * @member {Array.<afwire.CopiedBackup.$Properties>} backups
         * @memberof afwire.CopyCommit
         * @instance
         */
        CopyCommit.prototype.backups = $util.emptyArray;

        /**
         * Creates a new CopyCommit instance using the specified properties.
         * @function create
         * @memberof afwire.CopyCommit
         * @static
         * @param {afwire.CopyCommit.$Properties=} [properties] Properties to set
         * @returns {afwire.CopyCommit} CopyCommit instance
         * @type {{
         *   (properties: afwire.CopyCommit.$Shape): afwire.CopyCommit & afwire.CopyCommit.$Shape;
         *   (properties?: afwire.CopyCommit.$Properties): afwire.CopyCommit;
         * }}
         */
        CopyCommit.create = function(properties) {
            return new CopyCommit(properties);
        };

        /**
         * Encodes the specified CopyCommit message. Does not implicitly {@link afwire.CopyCommit.verify|verify} messages.
         * @function encode
         * @memberof afwire.CopyCommit
         * @static
         * @param {afwire.CopyCommit.$Properties} m CopyCommit message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyCommit.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.expected != null && m.expected.length) {
                for (var i = 0; i < m.expected.length; ++i)
                    $root.afwire.TapeFileDigest.encode(m.expected[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.backups != null && m.backups.length) {
                for (var i = 0; i < m.backups.length; ++i)
                    $root.afwire.CopiedBackup.encode(m.backups[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CopyCommit message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CopyCommit
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CopyCommit & afwire.CopyCommit.$Shape} CopyCommit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyCommit.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CopyCommit();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.expected && m.expected.length))
                            m.expected = [];
                        m.expected.push($root.afwire.TapeFileDigest.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.backups && m.backups.length))
                            m.backups = [];
                        m.backups.push($root.afwire.CopiedBackup.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CopyCommit;
    })();

    afwire.TapeFileDigest = (function() {

        /**
         * Properties of a TapeFileDigest.
         * @typedef {Object} afwire.TapeFileDigest.$Properties
         * @property {number|null} [tapeFile] TapeFileDigest tapeFile
         * @property {Long|null} [records] TapeFileDigest records
         * @property {Long|null} [bytes] TapeFileDigest bytes
         * @property {Uint8Array|null} [sha256] TapeFileDigest sha256
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TapeFileDigest.
         * @memberof afwire
         * @interface ITapeFileDigest
         * @augments afwire.TapeFileDigest.$Properties
         * @deprecated Use afwire.TapeFileDigest.$Properties instead.
         */

        /**
         * Shape of a TapeFileDigest.
         * @typedef {afwire.TapeFileDigest.$Properties} afwire.TapeFileDigest.$Shape
         */

        /**
         * Constructs a new TapeFileDigest.
         * @memberof afwire
         * @classdesc Represents a TapeFileDigest.
         * @constructor
         * @param {afwire.TapeFileDigest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TapeFileDigest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TapeFileDigest tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.TapeFileDigest
         * @instance
         */
        TapeFileDigest.prototype.tapeFile = 0;

        /**
         * TapeFileDigest records.
         * @member {Long} records
         * @memberof afwire.TapeFileDigest
         * @instance
         */
        TapeFileDigest.prototype.records = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TapeFileDigest bytes.
         * @member {Long} bytes
         * @memberof afwire.TapeFileDigest
         * @instance
         */
        TapeFileDigest.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TapeFileDigest sha256.
         * @member {Uint8Array} sha256
         * @memberof afwire.TapeFileDigest
         * @instance
         */
        TapeFileDigest.prototype.sha256 = $util.newBuffer([]);

        /**
         * Creates a new TapeFileDigest instance using the specified properties.
         * @function create
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {afwire.TapeFileDigest.$Properties=} [properties] Properties to set
         * @returns {afwire.TapeFileDigest} TapeFileDigest instance
         * @type {{
         *   (properties: afwire.TapeFileDigest.$Shape): afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape;
         *   (properties?: afwire.TapeFileDigest.$Properties): afwire.TapeFileDigest;
         * }}
         */
        TapeFileDigest.create = function(properties) {
            return new TapeFileDigest(properties);
        };

        /**
         * Encodes the specified TapeFileDigest message. Does not implicitly {@link afwire.TapeFileDigest.verify|verify} messages.
         * @function encode
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {afwire.TapeFileDigest.$Properties} m TapeFileDigest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TapeFileDigest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tapeFile);
            if (m.records != null && $Object.hasOwnProperty.call(m, "records") && (typeof m.records === "object" ? m.records.low || m.records.high : m.records !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.records);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.bytes);
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.sha256);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a TapeFileDigest message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape} TapeFileDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TapeFileDigest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.TapeFileDigest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.records = v;
                        else
                            delete m.records;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.sha256 = v;
                        else
                            delete m.sha256;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return TapeFileDigest;
    })();

    afwire.CopiedBackup = (function() {

        /**
         * Properties of a CopiedBackup.
         * @typedef {Object} afwire.CopiedBackup.$Properties
         * @property {number|null} [tapeFile] CopiedBackup tapeFile
         * @property {string|null} [clientId] CopiedBackup clientId
         * @property {Long|null} [sessionStarted] CopiedBackup sessionStarted
         * @property {Long|null} [sessionFinished] CopiedBackup sessionFinished
         * @property {string|null} [sessionState] CopiedBackup sessionState
         * @property {Long|null} [sessionBytes] CopiedBackup sessionBytes
         * @property {number|null} [sequence] CopiedBackup sequence
         * @property {string|null} [kind] CopiedBackup kind
         * @property {Long|null} [streamOffset] CopiedBackup streamOffset
         * @property {Long|null} [bytes] CopiedBackup bytes
         * @property {Long|null} [blocks] CopiedBackup blocks
         * @property {number|null} [blockSize] CopiedBackup blockSize
         * @property {number|null} [payloadPerBlock] CopiedBackup payloadPerBlock
         * @property {number|null} [headerBytes] CopiedBackup headerBytes
         * @property {boolean|null} [complete] CopiedBackup complete
         * @property {Long|null} [written] CopiedBackup written
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CopiedBackup.
         * @memberof afwire
         * @interface ICopiedBackup
         * @augments afwire.CopiedBackup.$Properties
         * @deprecated Use afwire.CopiedBackup.$Properties instead.
         */

        /**
         * Shape of a CopiedBackup.
         * @typedef {afwire.CopiedBackup.$Properties} afwire.CopiedBackup.$Shape
         */

        /**
         * Constructs a new CopiedBackup.
         * @memberof afwire
         * @classdesc Represents a CopiedBackup.
         * @constructor
         * @param {afwire.CopiedBackup.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CopiedBackup = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CopiedBackup tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.tapeFile = 0;

        /**
         * CopiedBackup clientId.
         * @member {string} clientId
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.clientId = "";

        /**
         * CopiedBackup sessionStarted.
         * @member {Long} sessionStarted
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.sessionStarted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup sessionFinished.
         * @member {Long} sessionFinished
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.sessionFinished = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup sessionState.
         * @member {string} sessionState
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.sessionState = "";

        /**
         * CopiedBackup sessionBytes.
         * @member {Long} sessionBytes
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.sessionBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup sequence.
         * @member {number} sequence
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.sequence = 0;

        /**
         * CopiedBackup kind.
         * @member {string} kind
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.kind = "";

        /**
         * CopiedBackup streamOffset.
         * @member {Long} streamOffset
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.streamOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup bytes.
         * @member {Long} bytes
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup blocks.
         * @member {Long} blocks
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CopiedBackup blockSize.
         * @member {number} blockSize
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.blockSize = 0;

        /**
         * CopiedBackup payloadPerBlock.
         * @member {number} payloadPerBlock
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.payloadPerBlock = 0;

        /**
         * CopiedBackup headerBytes.
         * @member {number} headerBytes
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.headerBytes = 0;

        /**
         * CopiedBackup complete.
         * @member {boolean} complete
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.complete = false;

        /**
         * CopiedBackup written.
         * @member {Long} written
         * @memberof afwire.CopiedBackup
         * @instance
         */
        CopiedBackup.prototype.written = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CopiedBackup instance using the specified properties.
         * @function create
         * @memberof afwire.CopiedBackup
         * @static
         * @param {afwire.CopiedBackup.$Properties=} [properties] Properties to set
         * @returns {afwire.CopiedBackup} CopiedBackup instance
         * @type {{
         *   (properties: afwire.CopiedBackup.$Shape): afwire.CopiedBackup & afwire.CopiedBackup.$Shape;
         *   (properties?: afwire.CopiedBackup.$Properties): afwire.CopiedBackup;
         * }}
         */
        CopiedBackup.create = function(properties) {
            return new CopiedBackup(properties);
        };

        /**
         * Encodes the specified CopiedBackup message. Does not implicitly {@link afwire.CopiedBackup.verify|verify} messages.
         * @function encode
         * @memberof afwire.CopiedBackup
         * @static
         * @param {afwire.CopiedBackup.$Properties} m CopiedBackup message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopiedBackup.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tapeFile);
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId") && m.clientId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.clientId);
            if (m.sessionStarted != null && $Object.hasOwnProperty.call(m, "sessionStarted") && (typeof m.sessionStarted === "object" ? m.sessionStarted.low || m.sessionStarted.high : m.sessionStarted !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.sessionStarted);
            if (m.sessionFinished != null && $Object.hasOwnProperty.call(m, "sessionFinished") && (typeof m.sessionFinished === "object" ? m.sessionFinished.low || m.sessionFinished.high : m.sessionFinished !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.sessionFinished);
            if (m.sessionState != null && $Object.hasOwnProperty.call(m, "sessionState") && m.sessionState !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.sessionState);
            if (m.sessionBytes != null && $Object.hasOwnProperty.call(m, "sessionBytes") && (typeof m.sessionBytes === "object" ? m.sessionBytes.low || m.sessionBytes.high : m.sessionBytes !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.sessionBytes);
            if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && m.sequence !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.sequence);
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                w.uint32(/* id 8, wireType 2 =*/66).string(m.kind);
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset") && (typeof m.streamOffset === "object" ? m.streamOffset.low || m.streamOffset.high : m.streamOffset !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).uint64(m.streamOffset);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.bytes);
            if (m.blocks != null && $Object.hasOwnProperty.call(m, "blocks") && (typeof m.blocks === "object" ? m.blocks.low || m.blocks.high : m.blocks !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).uint64(m.blocks);
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize") && m.blockSize !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.blockSize);
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock") && m.payloadPerBlock !== 0)
                w.uint32(/* id 13, wireType 0 =*/104).uint32(m.payloadPerBlock);
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes") && m.headerBytes !== 0)
                w.uint32(/* id 14, wireType 0 =*/112).uint32(m.headerBytes);
            if (m.complete != null && $Object.hasOwnProperty.call(m, "complete") && m.complete !== false)
                w.uint32(/* id 15, wireType 0 =*/120).bool(m.complete);
            if (m.written != null && $Object.hasOwnProperty.call(m, "written") && (typeof m.written === "object" ? m.written.low || m.written.high : m.written !== 0))
                w.uint32(/* id 16, wireType 0 =*/128).uint64(m.written);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CopiedBackup message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CopiedBackup
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CopiedBackup & afwire.CopiedBackup.$Shape} CopiedBackup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopiedBackup.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CopiedBackup();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientId = v;
                        else
                            delete m.clientId;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.sessionStarted = v;
                        else
                            delete m.sessionStarted;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.sessionFinished = v;
                        else
                            delete m.sessionFinished;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sessionState = v;
                        else
                            delete m.sessionState;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.sessionBytes = v;
                        else
                            delete m.sessionBytes;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.sequence = v;
                        else
                            delete m.sequence;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.streamOffset = v;
                        else
                            delete m.streamOffset;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.blocks = v;
                        else
                            delete m.blocks;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.blockSize = v;
                        else
                            delete m.blockSize;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.payloadPerBlock = v;
                        else
                            delete m.payloadPerBlock;
                        continue;
                    }
                case 14: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.headerBytes = v;
                        else
                            delete m.headerBytes;
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.complete = v;
                        else
                            delete m.complete;
                        continue;
                    }
                case 16: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.written = v;
                        else
                            delete m.written;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CopiedBackup;
    })();

    afwire.CopyReport = (function() {

        /**
         * Properties of a CopyReport.
         * @typedef {Object} afwire.CopyReport.$Properties
         * @property {number|null} [cartridge] CopyReport cartridge
         * @property {string|null} [barcode] CopyReport barcode
         * @property {number|null} [secondary] CopyReport secondary
         * @property {Array.<afwire.TapeFileDigest.$Properties>|null} [tapeFiles] CopyReport tapeFiles
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CopyReport.
         * @memberof afwire
         * @interface ICopyReport
         * @augments afwire.CopyReport.$Properties
         * @deprecated Use afwire.CopyReport.$Properties instead.
         */

        /**
         * Shape of a CopyReport.
         * @typedef {afwire.CopyReport.$Properties} afwire.CopyReport.$Shape
         */

        /**
         * Constructs a new CopyReport.
         * @memberof afwire
         * @classdesc Represents a CopyReport.
         * @constructor
         * @param {afwire.CopyReport.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CopyReport = function (p) {
            this.tapeFiles = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CopyReport cartridge.
         * @member {number} cartridge
         * @memberof afwire.CopyReport
         * @instance
         */
        CopyReport.prototype.cartridge = 0;

        /**
         * CopyReport barcode.
         * @member {string} barcode
         * @memberof afwire.CopyReport
         * @instance
         */
        CopyReport.prototype.barcode = "";

        /**
         * CopyReport secondary.
         * @member {number} secondary
         * @memberof afwire.CopyReport
         * @instance
         */
        CopyReport.prototype.secondary = 0;

        /**
         * CopyReport tapeFiles.
         * @member {Array.<afwire.TapeFileDigest.$Properties>} tapeFiles
         * @memberof afwire.CopyReport
         * @instance
         */
        CopyReport.prototype.tapeFiles = $util.emptyArray;

        /**
         * Creates a new CopyReport instance using the specified properties.
         * @function create
         * @memberof afwire.CopyReport
         * @static
         * @param {afwire.CopyReport.$Properties=} [properties] Properties to set
         * @returns {afwire.CopyReport} CopyReport instance
         * @type {{
         *   (properties: afwire.CopyReport.$Shape): afwire.CopyReport & afwire.CopyReport.$Shape;
         *   (properties?: afwire.CopyReport.$Properties): afwire.CopyReport;
         * }}
         */
        CopyReport.create = function(properties) {
            return new CopyReport(properties);
        };

        /**
         * Encodes the specified CopyReport message. Does not implicitly {@link afwire.CopyReport.verify|verify} messages.
         * @function encode
         * @memberof afwire.CopyReport
         * @static
         * @param {afwire.CopyReport.$Properties} m CopyReport message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyReport.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.barcode != null && $Object.hasOwnProperty.call(m, "barcode") && m.barcode !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.barcode);
            if (m.secondary != null && $Object.hasOwnProperty.call(m, "secondary") && m.secondary !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.secondary);
            if (m.tapeFiles != null && m.tapeFiles.length) {
                for (var i = 0; i < m.tapeFiles.length; ++i)
                    $root.afwire.TapeFileDigest.encode(m.tapeFiles[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CopyReport message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.CopyReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.CopyReport & afwire.CopyReport.$Shape} CopyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyReport.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.CopyReport();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.barcode = v;
                        else
                            delete m.barcode;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.secondary = v;
                        else
                            delete m.secondary;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.tapeFiles && m.tapeFiles.length))
                            m.tapeFiles = [];
                        m.tapeFiles.push($root.afwire.TapeFileDigest.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return CopyReport;
    })();

    afwire.Response = (function() {

        /**
         * Properties of a Response.
         * @typedef {Object} afwire.Response.$Properties
         * @property {number|null} [id] Response id
         * @property {afwire.Status|null} [status] Response status
         * @property {string|null} [message] Response message
         * @property {boolean|null} [dataFollows] Response dataFollows
         * @property {afwire.WritePosition.$Properties|null} [position] Response position
         * @property {afwire.WriteResult.$Properties|null} [writeResult] Response writeResult
         * @property {afwire.StreamerStateInfo.$Properties|null} [streamerState] Response streamerState
         * @property {afwire.BackupHeaderList.$Properties|null} [headers] Response headers
         * @property {afwire.SessionSummary.$Properties|null} [session] Response session
         * @property {afwire.CopyReport.$Properties|null} [copy] Response copy
         * @property {"position"|"writeResult"|"streamerState"|"headers"|"session"|"copy"} [result] Response result
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Response.
         * @memberof afwire
         * @interface IResponse
         * @augments afwire.Response.$Properties
         * @deprecated Use afwire.Response.$Properties instead.
         */

        /**
         * Narrowed shape of a Response.
         * @typedef {{
         *   id?: number|null;
         *   status?: afwire.Status|null;
         *   message?: string|null;
         *   dataFollows?: boolean|null;
         *   position?: afwire.WritePosition.$Shape|null;
         *   writeResult?: afwire.WriteResult.$Shape|null;
         *   streamerState?: afwire.StreamerStateInfo.$Shape|null;
         *   headers?: afwire.BackupHeaderList.$Shape|null;
         *   session?: afwire.SessionSummary.$Shape|null;
         *   copy?: afwire.CopyReport.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ result?: undefined; position?: null; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "position"; position: afwire.WritePosition.$Shape; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "writeResult"; position?: null; writeResult: afwire.WriteResult.$Shape; streamerState?: null; headers?: null; session?: null; copy?: null }|{ result?: "streamerState"; position?: null; writeResult?: null; streamerState: afwire.StreamerStateInfo.$Shape; headers?: null; session?: null; copy?: null }|{ result?: "headers"; position?: null; writeResult?: null; streamerState?: null; headers: afwire.BackupHeaderList.$Shape; session?: null; copy?: null }|{ result?: "session"; position?: null; writeResult?: null; streamerState?: null; headers?: null; session: afwire.SessionSummary.$Shape; copy?: null }|{ result?: "copy"; position?: null; writeResult?: null; streamerState?: null; headers?: null; session?: null; copy: afwire.CopyReport.$Shape })
         * )} afwire.Response.$Shape
         */

        /**
         * Constructs a new Response.
         * @memberof afwire
         * @classdesc Represents a Response.
         * @constructor
         * @param {afwire.Response.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Response = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Response id.
         * @member {number} id
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.id = 0;

        /**
         * Response status.
         * @member {afwire.Status} status
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.status = 0;

        /**
         * Response message.
         * @member {string} message
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.message = "";

        /**
         * Response dataFollows.
         * @member {boolean} dataFollows
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.dataFollows = false;

        /**
         * Response position.
         * @member {afwire.WritePosition.$Properties|null|undefined} position
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.position = null;

        /**
         * Response writeResult.
         * @member {afwire.WriteResult.$Properties|null|undefined} writeResult
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.writeResult = null;

        /**
         * Response streamerState.
         * @member {afwire.StreamerStateInfo.$Properties|null|undefined} streamerState
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.streamerState = null;

        /**
         * Response headers.
         * @member {afwire.BackupHeaderList.$Properties|null|undefined} headers
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.headers = null;

        /**
         * Response session.
         * @member {afwire.SessionSummary.$Properties|null|undefined} session
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.session = null;

        /**
         * Response copy.
         * @member {afwire.CopyReport.$Properties|null|undefined} copy
         * @memberof afwire.Response
         * @instance
         */
        Response.prototype.copy = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Response result.
         * @member {"position"|"writeResult"|"streamerState"|"headers"|"session"|"copy"|undefined} result
         * @memberof afwire.Response
         * @instance
         */
        $Object.defineProperty(Response.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["position", "writeResult", "streamerState", "headers", "session", "copy"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof afwire.Response
         * @static
         * @param {afwire.Response.$Properties=} [properties] Properties to set
         * @returns {afwire.Response} Response instance
         * @type {{
         *   (properties: afwire.Response.$Shape): afwire.Response & afwire.Response.$Shape;
         *   (properties?: afwire.Response.$Properties): afwire.Response;
         * }}
         */
        Response.create = function(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link afwire.Response.verify|verify} messages.
         * @function encode
         * @memberof afwire.Response
         * @static
         * @param {afwire.Response.$Properties} m Response message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows") && m.dataFollows !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.dataFollows);
            if (m.position != null && $Object.hasOwnProperty.call(m, "position"))
                $root.afwire.WritePosition.encode(m.position, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.writeResult != null && $Object.hasOwnProperty.call(m, "writeResult"))
                $root.afwire.WriteResult.encode(m.writeResult, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.streamerState != null && $Object.hasOwnProperty.call(m, "streamerState"))
                $root.afwire.StreamerStateInfo.encode(m.streamerState, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.headers != null && $Object.hasOwnProperty.call(m, "headers"))
                $root.afwire.BackupHeaderList.encode(m.headers, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.session != null && $Object.hasOwnProperty.call(m, "session"))
                $root.afwire.SessionSummary.encode(m.session, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.copy != null && $Object.hasOwnProperty.call(m, "copy"))
                $root.afwire.CopyReport.encode(m.copy, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.Response & afwire.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.Response();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.dataFollows = v;
                        else
                            delete m.dataFollows;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.position = $root.afwire.WritePosition.decode(r, r.size(), $undefined, q + 1, m.position);
                        m.result = "position";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.writeResult = $root.afwire.WriteResult.decode(r, r.size(), $undefined, q + 1, m.writeResult);
                        m.result = "writeResult";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.streamerState = $root.afwire.StreamerStateInfo.decode(r, r.size(), $undefined, q + 1, m.streamerState);
                        m.result = "streamerState";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.headers = $root.afwire.BackupHeaderList.decode(r, r.size(), $undefined, q + 1, m.headers);
                        m.result = "headers";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.session = $root.afwire.SessionSummary.decode(r, r.size(), $undefined, q + 1, m.session);
                        m.result = "session";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.copy = $root.afwire.CopyReport.decode(r, r.size(), $undefined, q + 1, m.copy);
                        m.result = "copy";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return Response;
    })();

    afwire.WriteResult = (function() {

        /**
         * Properties of a WriteResult.
         * @typedef {Object} afwire.WriteResult.$Properties
         * @property {afwire.WritePosition.$Properties|null} [start] WriteResult start
         * @property {Long|null} [bytes] WriteResult bytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WriteResult.
         * @memberof afwire
         * @interface IWriteResult
         * @augments afwire.WriteResult.$Properties
         * @deprecated Use afwire.WriteResult.$Properties instead.
         */

        /**
         * Shape of a WriteResult.
         * @typedef {afwire.WriteResult.$Properties} afwire.WriteResult.$Shape
         */

        /**
         * Constructs a new WriteResult.
         * @memberof afwire
         * @classdesc Represents a WriteResult.
         * @constructor
         * @param {afwire.WriteResult.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WriteResult = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WriteResult start.
         * @member {afwire.WritePosition.$Properties|null|undefined} start
         * @memberof afwire.WriteResult
         * @instance
         */
        WriteResult.prototype.start = null;

        /**
         * WriteResult bytes.
         * @member {Long} bytes
         * @memberof afwire.WriteResult
         * @instance
         */
        WriteResult.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WriteResult instance using the specified properties.
         * @function create
         * @memberof afwire.WriteResult
         * @static
         * @param {afwire.WriteResult.$Properties=} [properties] Properties to set
         * @returns {afwire.WriteResult} WriteResult instance
         * @type {{
         *   (properties: afwire.WriteResult.$Shape): afwire.WriteResult & afwire.WriteResult.$Shape;
         *   (properties?: afwire.WriteResult.$Properties): afwire.WriteResult;
         * }}
         */
        WriteResult.create = function(properties) {
            return new WriteResult(properties);
        };

        /**
         * Encodes the specified WriteResult message. Does not implicitly {@link afwire.WriteResult.verify|verify} messages.
         * @function encode
         * @memberof afwire.WriteResult
         * @static
         * @param {afwire.WriteResult.$Properties} m WriteResult message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteResult.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.start != null && $Object.hasOwnProperty.call(m, "start"))
                $root.afwire.WritePosition.encode(m.start, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.bytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a WriteResult message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.WriteResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.WriteResult & afwire.WriteResult.$Shape} WriteResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteResult.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.WriteResult();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.start = $root.afwire.WritePosition.decode(r, r.size(), $undefined, q + 1, m.start);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return WriteResult;
    })();

    afwire.TapeFileExtent = (function() {

        /**
         * Properties of a TapeFileExtent.
         * @typedef {Object} afwire.TapeFileExtent.$Properties
         * @property {number|null} [cartridge] TapeFileExtent cartridge
         * @property {number|null} [tapeFile] TapeFileExtent tapeFile
         * @property {Long|null} [streamOffset] TapeFileExtent streamOffset
         * @property {Long|null} [bytes] TapeFileExtent bytes
         * @property {number|null} [payloadPerBlock] TapeFileExtent payloadPerBlock
         * @property {number|null} [headerBytes] TapeFileExtent headerBytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TapeFileExtent.
         * @memberof afwire
         * @interface ITapeFileExtent
         * @augments afwire.TapeFileExtent.$Properties
         * @deprecated Use afwire.TapeFileExtent.$Properties instead.
         */

        /**
         * Shape of a TapeFileExtent.
         * @typedef {afwire.TapeFileExtent.$Properties} afwire.TapeFileExtent.$Shape
         */

        /**
         * Constructs a new TapeFileExtent.
         * @memberof afwire
         * @classdesc Represents a TapeFileExtent.
         * @constructor
         * @param {afwire.TapeFileExtent.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TapeFileExtent = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TapeFileExtent cartridge.
         * @member {number} cartridge
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.cartridge = 0;

        /**
         * TapeFileExtent tapeFile.
         * @member {number} tapeFile
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.tapeFile = 0;

        /**
         * TapeFileExtent streamOffset.
         * @member {Long} streamOffset
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.streamOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TapeFileExtent bytes.
         * @member {Long} bytes
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TapeFileExtent payloadPerBlock.
         * @member {number} payloadPerBlock
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.payloadPerBlock = 0;

        /**
         * TapeFileExtent headerBytes.
         * @member {number} headerBytes
         * @memberof afwire.TapeFileExtent
         * @instance
         */
        TapeFileExtent.prototype.headerBytes = 0;

        /**
         * Creates a new TapeFileExtent instance using the specified properties.
         * @function create
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {afwire.TapeFileExtent.$Properties=} [properties] Properties to set
         * @returns {afwire.TapeFileExtent} TapeFileExtent instance
         * @type {{
         *   (properties: afwire.TapeFileExtent.$Shape): afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape;
         *   (properties?: afwire.TapeFileExtent.$Properties): afwire.TapeFileExtent;
         * }}
         */
        TapeFileExtent.create = function(properties) {
            return new TapeFileExtent(properties);
        };

        /**
         * Encodes the specified TapeFileExtent message. Does not implicitly {@link afwire.TapeFileExtent.verify|verify} messages.
         * @function encode
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {afwire.TapeFileExtent.$Properties} m TapeFileExtent message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TapeFileExtent.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge") && m.cartridge !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.cartridge);
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile") && m.tapeFile !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.tapeFile);
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset") && (typeof m.streamOffset === "object" ? m.streamOffset.low || m.streamOffset.high : m.streamOffset !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.streamOffset);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.bytes);
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock") && m.payloadPerBlock !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.payloadPerBlock);
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes") && m.headerBytes !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.headerBytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a TapeFileExtent message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape} TapeFileExtent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TapeFileExtent.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.TapeFileExtent();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.cartridge = v;
                        else
                            delete m.cartridge;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tapeFile = v;
                        else
                            delete m.tapeFile;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.streamOffset = v;
                        else
                            delete m.streamOffset;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.payloadPerBlock = v;
                        else
                            delete m.payloadPerBlock;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.headerBytes = v;
                        else
                            delete m.headerBytes;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return TapeFileExtent;
    })();

    afwire.SessionSummary = (function() {

        /**
         * Properties of a SessionSummary.
         * @typedef {Object} afwire.SessionSummary.$Properties
         * @property {Long|null} [sessionId] SessionSummary sessionId
         * @property {Long|null} [bytes] SessionSummary bytes
         * @property {Array.<afwire.TapeFileExtent.$Properties>|null} [tapeFiles] SessionSummary tapeFiles
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionSummary.
         * @memberof afwire
         * @interface ISessionSummary
         * @augments afwire.SessionSummary.$Properties
         * @deprecated Use afwire.SessionSummary.$Properties instead.
         */

        /**
         * Shape of a SessionSummary.
         * @typedef {afwire.SessionSummary.$Properties} afwire.SessionSummary.$Shape
         */

        /**
         * Constructs a new SessionSummary.
         * @memberof afwire
         * @classdesc Represents a SessionSummary.
         * @constructor
         * @param {afwire.SessionSummary.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionSummary = function (p) {
            this.tapeFiles = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SessionSummary sessionId.
         * @member {Long} sessionId
         * @memberof afwire.SessionSummary
         * @instance
         */
        SessionSummary.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SessionSummary bytes.
         * @member {Long} bytes
         * @memberof afwire.SessionSummary
         * @instance
         */
        SessionSummary.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SessionSummary tapeFiles.
         * @member {Array.<afwire.TapeFileExtent.$Properties>} tapeFiles
         * @memberof afwire.SessionSummary
         * @instance
         */
        SessionSummary.prototype.tapeFiles = $util.emptyArray;

        /**
         * Creates a new SessionSummary instance using the specified properties.
         * @function create
         * @memberof afwire.SessionSummary
         * @static
         * @param {afwire.SessionSummary.$Properties=} [properties] Properties to set
         * @returns {afwire.SessionSummary} SessionSummary instance
         * @type {{
         *   (properties: afwire.SessionSummary.$Shape): afwire.SessionSummary & afwire.SessionSummary.$Shape;
         *   (properties?: afwire.SessionSummary.$Properties): afwire.SessionSummary;
         * }}
         */
        SessionSummary.create = function(properties) {
            return new SessionSummary(properties);
        };

        /**
         * Encodes the specified SessionSummary message. Does not implicitly {@link afwire.SessionSummary.verify|verify} messages.
         * @function encode
         * @memberof afwire.SessionSummary
         * @static
         * @param {afwire.SessionSummary.$Properties} m SessionSummary message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionSummary.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && (typeof m.sessionId === "object" ? m.sessionId.low || m.sessionId.high : m.sessionId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sessionId);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.bytes);
            if (m.tapeFiles != null && m.tapeFiles.length) {
                for (var i = 0; i < m.tapeFiles.length; ++i)
                    $root.afwire.TapeFileExtent.encode(m.tapeFiles[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SessionSummary message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.SessionSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.SessionSummary & afwire.SessionSummary.$Shape} SessionSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionSummary.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.SessionSummary();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.sessionId = v;
                        else
                            delete m.sessionId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.tapeFiles && m.tapeFiles.length))
                            m.tapeFiles = [];
                        m.tapeFiles.push($root.afwire.TapeFileExtent.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return SessionSummary;
    })();

    afwire.StreamerStateInfo = (function() {

        /**
         * Properties of a StreamerStateInfo.
         * @typedef {Object} afwire.StreamerStateInfo.$Properties
         * @property {afwire.StreamerState|null} [state] StreamerStateInfo state
         * @property {boolean|null} [changeable] StreamerStateInfo changeable
         * @property {string|null} [detail] StreamerStateInfo detail
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StreamerStateInfo.
         * @memberof afwire
         * @interface IStreamerStateInfo
         * @augments afwire.StreamerStateInfo.$Properties
         * @deprecated Use afwire.StreamerStateInfo.$Properties instead.
         */

        /**
         * Shape of a StreamerStateInfo.
         * @typedef {afwire.StreamerStateInfo.$Properties} afwire.StreamerStateInfo.$Shape
         */

        /**
         * Constructs a new StreamerStateInfo.
         * @memberof afwire
         * @classdesc Represents a StreamerStateInfo.
         * @constructor
         * @param {afwire.StreamerStateInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StreamerStateInfo = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StreamerStateInfo state.
         * @member {afwire.StreamerState} state
         * @memberof afwire.StreamerStateInfo
         * @instance
         */
        StreamerStateInfo.prototype.state = 0;

        /**
         * StreamerStateInfo changeable.
         * @member {boolean} changeable
         * @memberof afwire.StreamerStateInfo
         * @instance
         */
        StreamerStateInfo.prototype.changeable = false;

        /**
         * StreamerStateInfo detail.
         * @member {string} detail
         * @memberof afwire.StreamerStateInfo
         * @instance
         */
        StreamerStateInfo.prototype.detail = "";

        /**
         * Creates a new StreamerStateInfo instance using the specified properties.
         * @function create
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {afwire.StreamerStateInfo.$Properties=} [properties] Properties to set
         * @returns {afwire.StreamerStateInfo} StreamerStateInfo instance
         * @type {{
         *   (properties: afwire.StreamerStateInfo.$Shape): afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape;
         *   (properties?: afwire.StreamerStateInfo.$Properties): afwire.StreamerStateInfo;
         * }}
         */
        StreamerStateInfo.create = function(properties) {
            return new StreamerStateInfo(properties);
        };

        /**
         * Encodes the specified StreamerStateInfo message. Does not implicitly {@link afwire.StreamerStateInfo.verify|verify} messages.
         * @function encode
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {afwire.StreamerStateInfo.$Properties} m StreamerStateInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StreamerStateInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.state);
            if (m.changeable != null && $Object.hasOwnProperty.call(m, "changeable") && m.changeable !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.changeable);
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.detail);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a StreamerStateInfo message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape} StreamerStateInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StreamerStateInfo.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.StreamerStateInfo();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.changeable = v;
                        else
                            delete m.changeable;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.detail = v;
                        else
                            delete m.detail;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return StreamerStateInfo;
    })();

    afwire.BackupHeader = (function() {

        /**
         * Properties of a BackupHeader.
         * @typedef {Object} afwire.BackupHeader.$Properties
         * @property {afwire.WritePosition.$Properties|null} [position] BackupHeader position
         * @property {string|null} [text] BackupHeader text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupHeader.
         * @memberof afwire
         * @interface IBackupHeader
         * @augments afwire.BackupHeader.$Properties
         * @deprecated Use afwire.BackupHeader.$Properties instead.
         */

        /**
         * Shape of a BackupHeader.
         * @typedef {afwire.BackupHeader.$Properties} afwire.BackupHeader.$Shape
         */

        /**
         * Constructs a new BackupHeader.
         * @memberof afwire
         * @classdesc Represents a BackupHeader.
         * @constructor
         * @param {afwire.BackupHeader.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupHeader = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BackupHeader position.
         * @member {afwire.WritePosition.$Properties|null|undefined} position
         * @memberof afwire.BackupHeader
         * @instance
         */
        BackupHeader.prototype.position = null;

        /**
         * BackupHeader text.
         * @member {string} text
         * @memberof afwire.BackupHeader
         * @instance
         */
        BackupHeader.prototype.text = "";

        /**
         * Creates a new BackupHeader instance using the specified properties.
         * @function create
         * @memberof afwire.BackupHeader
         * @static
         * @param {afwire.BackupHeader.$Properties=} [properties] Properties to set
         * @returns {afwire.BackupHeader} BackupHeader instance
         * @type {{
         *   (properties: afwire.BackupHeader.$Shape): afwire.BackupHeader & afwire.BackupHeader.$Shape;
         *   (properties?: afwire.BackupHeader.$Properties): afwire.BackupHeader;
         * }}
         */
        BackupHeader.create = function(properties) {
            return new BackupHeader(properties);
        };

        /**
         * Encodes the specified BackupHeader message. Does not implicitly {@link afwire.BackupHeader.verify|verify} messages.
         * @function encode
         * @memberof afwire.BackupHeader
         * @static
         * @param {afwire.BackupHeader.$Properties} m BackupHeader message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupHeader.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.position != null && $Object.hasOwnProperty.call(m, "position"))
                $root.afwire.WritePosition.encode(m.position, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a BackupHeader message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.BackupHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.BackupHeader & afwire.BackupHeader.$Shape} BackupHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupHeader.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.BackupHeader();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.position = $root.afwire.WritePosition.decode(r, r.size(), $undefined, q + 1, m.position);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return BackupHeader;
    })();

    afwire.BackupHeaderList = (function() {

        /**
         * Properties of a BackupHeaderList.
         * @typedef {Object} afwire.BackupHeaderList.$Properties
         * @property {Array.<afwire.BackupHeader.$Properties>|null} [headers] BackupHeaderList headers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupHeaderList.
         * @memberof afwire
         * @interface IBackupHeaderList
         * @augments afwire.BackupHeaderList.$Properties
         * @deprecated Use afwire.BackupHeaderList.$Properties instead.
         */

        /**
         * Shape of a BackupHeaderList.
         * @typedef {afwire.BackupHeaderList.$Properties} afwire.BackupHeaderList.$Shape
         */

        /**
         * Constructs a new BackupHeaderList.
         * @memberof afwire
         * @classdesc Represents a BackupHeaderList.
         * @constructor
         * @param {afwire.BackupHeaderList.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupHeaderList = function (p) {
            this.headers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BackupHeaderList headers.
         * @member {Array.<afwire.BackupHeader.$Properties>} headers
         * @memberof afwire.BackupHeaderList
         * @instance
         */
        BackupHeaderList.prototype.headers = $util.emptyArray;

        /**
         * Creates a new BackupHeaderList instance using the specified properties.
         * @function create
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {afwire.BackupHeaderList.$Properties=} [properties] Properties to set
         * @returns {afwire.BackupHeaderList} BackupHeaderList instance
         * @type {{
         *   (properties: afwire.BackupHeaderList.$Shape): afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape;
         *   (properties?: afwire.BackupHeaderList.$Properties): afwire.BackupHeaderList;
         * }}
         */
        BackupHeaderList.create = function(properties) {
            return new BackupHeaderList(properties);
        };

        /**
         * Encodes the specified BackupHeaderList message. Does not implicitly {@link afwire.BackupHeaderList.verify|verify} messages.
         * @function encode
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {afwire.BackupHeaderList.$Properties} m BackupHeaderList message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupHeaderList.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.headers != null && m.headers.length) {
                for (var i = 0; i < m.headers.length; ++i)
                    $root.afwire.BackupHeader.encode(m.headers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a BackupHeaderList message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape} BackupHeaderList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupHeaderList.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.BackupHeaderList();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.headers && m.headers.length))
                            m.headers = [];
                        m.headers.push($root.afwire.BackupHeader.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return BackupHeaderList;
    })();

    afwire.DataEnd = (function() {

        /**
         * Properties of a DataEnd.
         * @typedef {Object} afwire.DataEnd.$Properties
         * @property {afwire.Status|null} [status] DataEnd status
         * @property {string|null} [message] DataEnd message
         * @property {Long|null} [bytes] DataEnd bytes
         * @property {number|null} [exitCode] DataEnd exitCode
         * @property {string|null} [signal] DataEnd signal
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataEnd.
         * @memberof afwire
         * @interface IDataEnd
         * @augments afwire.DataEnd.$Properties
         * @deprecated Use afwire.DataEnd.$Properties instead.
         */

        /**
         * Shape of a DataEnd.
         * @typedef {afwire.DataEnd.$Properties} afwire.DataEnd.$Shape
         */

        /**
         * Constructs a new DataEnd.
         * @memberof afwire
         * @classdesc Represents a DataEnd.
         * @constructor
         * @param {afwire.DataEnd.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataEnd = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataEnd status.
         * @member {afwire.Status} status
         * @memberof afwire.DataEnd
         * @instance
         */
        DataEnd.prototype.status = 0;

        /**
         * DataEnd message.
         * @member {string} message
         * @memberof afwire.DataEnd
         * @instance
         */
        DataEnd.prototype.message = "";

        /**
         * DataEnd bytes.
         * @member {Long} bytes
         * @memberof afwire.DataEnd
         * @instance
         */
        DataEnd.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataEnd exitCode.
         * @member {number} exitCode
         * @memberof afwire.DataEnd
         * @instance
         */
        DataEnd.prototype.exitCode = 0;

        /**
         * DataEnd signal.
         * @member {string} signal
         * @memberof afwire.DataEnd
         * @instance
         */
        DataEnd.prototype.signal = "";

        /**
         * Creates a new DataEnd instance using the specified properties.
         * @function create
         * @memberof afwire.DataEnd
         * @static
         * @param {afwire.DataEnd.$Properties=} [properties] Properties to set
         * @returns {afwire.DataEnd} DataEnd instance
         * @type {{
         *   (properties: afwire.DataEnd.$Shape): afwire.DataEnd & afwire.DataEnd.$Shape;
         *   (properties?: afwire.DataEnd.$Properties): afwire.DataEnd;
         * }}
         */
        DataEnd.create = function(properties) {
            return new DataEnd(properties);
        };

        /**
         * Encodes the specified DataEnd message. Does not implicitly {@link afwire.DataEnd.verify|verify} messages.
         * @function encode
         * @memberof afwire.DataEnd
         * @static
         * @param {afwire.DataEnd.$Properties} m DataEnd message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataEnd.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.bytes);
            if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode") && m.exitCode !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).sint32(m.exitCode);
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal") && m.signal !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.signal);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataEnd message from the specified reader or buffer.
         * @function decode
         * @memberof afwire.DataEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {afwire.DataEnd & afwire.DataEnd.$Shape} DataEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataEnd.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.afwire.DataEnd();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.status = v;
                        else
                            delete m.status;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.sint32())
                            m.exitCode = v;
                        else
                            delete m.exitCode;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.signal = v;
                        else
                            delete m.signal;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return DataEnd;
    })();

    return afwire;
})();

export {
  $root as default
};
