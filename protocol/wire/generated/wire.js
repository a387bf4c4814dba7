/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

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
         * Encodes the specified Envelope message, length delimited. Does not implicitly {@link afwire.Envelope.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Envelope
         * @static
         * @param {afwire.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an Envelope message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Envelope & afwire.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Envelope message.
         * @function verify
         * @memberof afwire.Envelope
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Envelope.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                p.kind = 1;
                {
                    var e = $root.afwire.Hello.verify(m.hello, q + 1);
                    if (e)
                        return "hello." + e;
                }
            }
            if (m.authChallenge != null && $Object.hasOwnProperty.call(m, "authChallenge")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.AuthChallenge.verify(m.authChallenge, q + 1);
                    if (e)
                        return "authChallenge." + e;
                }
            }
            if (m.authResponse != null && $Object.hasOwnProperty.call(m, "authResponse")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.AuthResponse.verify(m.authResponse, q + 1);
                    if (e)
                        return "authResponse." + e;
                }
            }
            if (m.authResult != null && $Object.hasOwnProperty.call(m, "authResult")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.AuthResult.verify(m.authResult, q + 1);
                    if (e)
                        return "authResult." + e;
                }
            }
            if (m.fatal != null && $Object.hasOwnProperty.call(m, "fatal")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.Fatal.verify(m.fatal, q + 1);
                    if (e)
                        return "fatal." + e;
                }
            }
            if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.Request.verify(m.request, q + 1);
                    if (e)
                        return "request." + e;
                }
            }
            if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.Response.verify(m.response, q + 1);
                    if (e)
                        return "response." + e;
                }
            }
            return null;
        };

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Envelope
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Envelope} Envelope
         */
        Envelope.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Envelope)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Envelope: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.Envelope();
            if (d.hello != null) {
                if (!$util.isObject(d.hello))
                    throw $TypeError(".afwire.Envelope.hello: object expected");
                m.hello = $root.afwire.Hello.fromObject(d.hello, q + 1);
            }
            if (d.authChallenge != null) {
                if (!$util.isObject(d.authChallenge))
                    throw $TypeError(".afwire.Envelope.authChallenge: object expected");
                m.authChallenge = $root.afwire.AuthChallenge.fromObject(d.authChallenge, q + 1);
            }
            if (d.authResponse != null) {
                if (!$util.isObject(d.authResponse))
                    throw $TypeError(".afwire.Envelope.authResponse: object expected");
                m.authResponse = $root.afwire.AuthResponse.fromObject(d.authResponse, q + 1);
            }
            if (d.authResult != null) {
                if (!$util.isObject(d.authResult))
                    throw $TypeError(".afwire.Envelope.authResult: object expected");
                m.authResult = $root.afwire.AuthResult.fromObject(d.authResult, q + 1);
            }
            if (d.fatal != null) {
                if (!$util.isObject(d.fatal))
                    throw $TypeError(".afwire.Envelope.fatal: object expected");
                m.fatal = $root.afwire.Fatal.fromObject(d.fatal, q + 1);
            }
            if (d.request != null) {
                if (!$util.isObject(d.request))
                    throw $TypeError(".afwire.Envelope.request: object expected");
                m.request = $root.afwire.Request.fromObject(d.request, q + 1);
            }
            if (d.response != null) {
                if (!$util.isObject(d.response))
                    throw $TypeError(".afwire.Envelope.response: object expected");
                m.response = $root.afwire.Response.fromObject(d.response, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Envelope
         * @static
         * @param {afwire.Envelope} m Envelope
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Envelope.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                d.hello = $root.afwire.Hello.toObject(m.hello, o, q + 1);
                if (o.oneofs)
                    d.kind = "hello";
            }
            if (m.authChallenge != null && $Object.hasOwnProperty.call(m, "authChallenge")) {
                d.authChallenge = $root.afwire.AuthChallenge.toObject(m.authChallenge, o, q + 1);
                if (o.oneofs)
                    d.kind = "authChallenge";
            }
            if (m.authResponse != null && $Object.hasOwnProperty.call(m, "authResponse")) {
                d.authResponse = $root.afwire.AuthResponse.toObject(m.authResponse, o, q + 1);
                if (o.oneofs)
                    d.kind = "authResponse";
            }
            if (m.authResult != null && $Object.hasOwnProperty.call(m, "authResult")) {
                d.authResult = $root.afwire.AuthResult.toObject(m.authResult, o, q + 1);
                if (o.oneofs)
                    d.kind = "authResult";
            }
            if (m.fatal != null && $Object.hasOwnProperty.call(m, "fatal")) {
                d.fatal = $root.afwire.Fatal.toObject(m.fatal, o, q + 1);
                if (o.oneofs)
                    d.kind = "fatal";
            }
            if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                d.request = $root.afwire.Request.toObject(m.request, o, q + 1);
                if (o.oneofs)
                    d.kind = "request";
            }
            if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                d.response = $root.afwire.Response.toObject(m.response, o, q + 1);
                if (o.oneofs)
                    d.kind = "response";
            }
            return d;
        };

        /**
         * Converts this Envelope to JSON.
         * @function toJSON
         * @memberof afwire.Envelope
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Envelope.prototype.toJSON = function() {
            return Envelope.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Envelope
         * @function getTypeUrl
         * @memberof afwire.Envelope
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Envelope.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Envelope";
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
         * Encodes the specified Hello message, length delimited. Does not implicitly {@link afwire.Hello.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Hello
         * @static
         * @param {afwire.Hello.$Properties} message Hello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Hello.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a Hello message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Hello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Hello & afwire.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Hello.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Hello message.
         * @function verify
         * @memberof afwire.Hello
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Hello.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.protocolMajor != null && $Object.hasOwnProperty.call(m, "protocolMajor")) {
                if (!$util.isInteger(m.protocolMajor))
                    return "protocolMajor: integer expected";
            }
            if (m.protocolMinor != null && $Object.hasOwnProperty.call(m, "protocolMinor")) {
                if (!$util.isInteger(m.protocolMinor))
                    return "protocolMinor: integer expected";
            }
            if (m.program != null && $Object.hasOwnProperty.call(m, "program")) {
                if (!$util.isString(m.program))
                    return "program: string expected";
            }
            if (m.programVersion != null && $Object.hasOwnProperty.call(m, "programVersion")) {
                if (!$util.isString(m.programVersion))
                    return "programVersion: string expected";
            }
            if (m.serverIdentifier != null && $Object.hasOwnProperty.call(m, "serverIdentifier")) {
                if (!$util.isString(m.serverIdentifier))
                    return "serverIdentifier: string expected";
            }
            return null;
        };

        /**
         * Creates a Hello message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Hello
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Hello} Hello
         */
        Hello.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Hello)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Hello: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.Hello();
            if (d.protocolMajor != null) {
                if ($Number(d.protocolMajor) !== 0) {
                    m.protocolMajor = d.protocolMajor >>> 0;
                }
            }
            if (d.protocolMinor != null) {
                if ($Number(d.protocolMinor) !== 0) {
                    m.protocolMinor = d.protocolMinor >>> 0;
                }
            }
            if (d.program != null) {
                if (typeof d.program !== "string" || d.program.length) {
                    m.program = $String(d.program);
                }
            }
            if (d.programVersion != null) {
                if (typeof d.programVersion !== "string" || d.programVersion.length) {
                    m.programVersion = $String(d.programVersion);
                }
            }
            if (d.serverIdentifier != null) {
                if (typeof d.serverIdentifier !== "string" || d.serverIdentifier.length) {
                    m.serverIdentifier = $String(d.serverIdentifier);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Hello message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Hello
         * @static
         * @param {afwire.Hello} m Hello
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Hello.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.protocolMajor = 0;
                d.protocolMinor = 0;
                d.program = "";
                d.programVersion = "";
                d.serverIdentifier = "";
            }
            if (m.protocolMajor != null && $Object.hasOwnProperty.call(m, "protocolMajor")) {
                d.protocolMajor = m.protocolMajor;
            }
            if (m.protocolMinor != null && $Object.hasOwnProperty.call(m, "protocolMinor")) {
                d.protocolMinor = m.protocolMinor;
            }
            if (m.program != null && $Object.hasOwnProperty.call(m, "program")) {
                d.program = m.program;
            }
            if (m.programVersion != null && $Object.hasOwnProperty.call(m, "programVersion")) {
                d.programVersion = m.programVersion;
            }
            if (m.serverIdentifier != null && $Object.hasOwnProperty.call(m, "serverIdentifier")) {
                d.serverIdentifier = m.serverIdentifier;
            }
            return d;
        };

        /**
         * Converts this Hello to JSON.
         * @function toJSON
         * @memberof afwire.Hello
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Hello.prototype.toJSON = function() {
            return Hello.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Hello
         * @function getTypeUrl
         * @memberof afwire.Hello
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Hello.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Hello";
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
         * Encodes the specified AuthChallenge message, length delimited. Does not implicitly {@link afwire.AuthChallenge.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.AuthChallenge
         * @static
         * @param {afwire.AuthChallenge.$Properties} message AuthChallenge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthChallenge.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an AuthChallenge message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.AuthChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.AuthChallenge & afwire.AuthChallenge.$Shape} AuthChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthChallenge.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AuthChallenge message.
         * @function verify
         * @memberof afwire.AuthChallenge
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AuthChallenge.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.serverNonce != null && $Object.hasOwnProperty.call(m, "serverNonce")) {
                if (!(m.serverNonce && typeof m.serverNonce.length === "number" || $util.isString(m.serverNonce)))
                    return "serverNonce: buffer expected";
            }
            return null;
        };

        /**
         * Creates an AuthChallenge message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.AuthChallenge
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.AuthChallenge} AuthChallenge
         */
        AuthChallenge.fromObject = function (d, q) {
            if (d instanceof $root.afwire.AuthChallenge)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.AuthChallenge: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.AuthChallenge();
            if (d.serverNonce != null) {
                if (d.serverNonce.length) {
                    if (typeof d.serverNonce === "string")
                        $util.base64.decode(d.serverNonce, m.serverNonce = $util.newBuffer($util.base64.length(d.serverNonce)), 0);
                    else if (d.serverNonce.length >= 0)
                        m.serverNonce = d.serverNonce;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AuthChallenge message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.AuthChallenge
         * @static
         * @param {afwire.AuthChallenge} m AuthChallenge
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthChallenge.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.serverNonce = "";
                else {
                    d.serverNonce = [];
                    if (o.bytes !== $Array)
                        d.serverNonce = $util.newBuffer(d.serverNonce);
                }
            }
            if (m.serverNonce != null && $Object.hasOwnProperty.call(m, "serverNonce")) {
                d.serverNonce = o.bytes === $String ? $util.base64.encode(m.serverNonce, 0, m.serverNonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.serverNonce) : m.serverNonce;
            }
            return d;
        };

        /**
         * Converts this AuthChallenge to JSON.
         * @function toJSON
         * @memberof afwire.AuthChallenge
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthChallenge.prototype.toJSON = function() {
            return AuthChallenge.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuthChallenge
         * @function getTypeUrl
         * @memberof afwire.AuthChallenge
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuthChallenge.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.AuthChallenge";
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
         * Encodes the specified AuthResponse message, length delimited. Does not implicitly {@link afwire.AuthResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.AuthResponse
         * @static
         * @param {afwire.AuthResponse.$Properties} message AuthResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an AuthResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.AuthResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.AuthResponse & afwire.AuthResponse.$Shape} AuthResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AuthResponse message.
         * @function verify
         * @memberof afwire.AuthResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AuthResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                if (!$util.isString(m.clientId))
                    return "clientId: string expected";
            }
            if (m.clientNonce != null && $Object.hasOwnProperty.call(m, "clientNonce")) {
                if (!(m.clientNonce && typeof m.clientNonce.length === "number" || $util.isString(m.clientNonce)))
                    return "clientNonce: buffer expected";
            }
            if (m.clientMac != null && $Object.hasOwnProperty.call(m, "clientMac")) {
                if (!(m.clientMac && typeof m.clientMac.length === "number" || $util.isString(m.clientMac)))
                    return "clientMac: buffer expected";
            }
            return null;
        };

        /**
         * Creates an AuthResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.AuthResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.AuthResponse} AuthResponse
         */
        AuthResponse.fromObject = function (d, q) {
            if (d instanceof $root.afwire.AuthResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.AuthResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.AuthResponse();
            if (d.clientId != null) {
                if (typeof d.clientId !== "string" || d.clientId.length) {
                    m.clientId = $String(d.clientId);
                }
            }
            if (d.clientNonce != null) {
                if (d.clientNonce.length) {
                    if (typeof d.clientNonce === "string")
                        $util.base64.decode(d.clientNonce, m.clientNonce = $util.newBuffer($util.base64.length(d.clientNonce)), 0);
                    else if (d.clientNonce.length >= 0)
                        m.clientNonce = d.clientNonce;
                }
            }
            if (d.clientMac != null) {
                if (d.clientMac.length) {
                    if (typeof d.clientMac === "string")
                        $util.base64.decode(d.clientMac, m.clientMac = $util.newBuffer($util.base64.length(d.clientMac)), 0);
                    else if (d.clientMac.length >= 0)
                        m.clientMac = d.clientMac;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AuthResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.AuthResponse
         * @static
         * @param {afwire.AuthResponse} m AuthResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.clientId = "";
                if (o.bytes === $String)
                    d.clientNonce = "";
                else {
                    d.clientNonce = [];
                    if (o.bytes !== $Array)
                        d.clientNonce = $util.newBuffer(d.clientNonce);
                }
                if (o.bytes === $String)
                    d.clientMac = "";
                else {
                    d.clientMac = [];
                    if (o.bytes !== $Array)
                        d.clientMac = $util.newBuffer(d.clientMac);
                }
            }
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                d.clientId = m.clientId;
            }
            if (m.clientNonce != null && $Object.hasOwnProperty.call(m, "clientNonce")) {
                d.clientNonce = o.bytes === $String ? $util.base64.encode(m.clientNonce, 0, m.clientNonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.clientNonce) : m.clientNonce;
            }
            if (m.clientMac != null && $Object.hasOwnProperty.call(m, "clientMac")) {
                d.clientMac = o.bytes === $String ? $util.base64.encode(m.clientMac, 0, m.clientMac.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.clientMac) : m.clientMac;
            }
            return d;
        };

        /**
         * Converts this AuthResponse to JSON.
         * @function toJSON
         * @memberof afwire.AuthResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthResponse.prototype.toJSON = function() {
            return AuthResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuthResponse
         * @function getTypeUrl
         * @memberof afwire.AuthResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuthResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.AuthResponse";
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
         * Encodes the specified AuthResult message, length delimited. Does not implicitly {@link afwire.AuthResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.AuthResult
         * @static
         * @param {afwire.AuthResult.$Properties} message AuthResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an AuthResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.AuthResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.AuthResult & afwire.AuthResult.$Shape} AuthResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AuthResult message.
         * @function verify
         * @memberof afwire.AuthResult
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AuthResult.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                    return "status: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.serverMac != null && $Object.hasOwnProperty.call(m, "serverMac")) {
                if (!(m.serverMac && typeof m.serverMac.length === "number" || $util.isString(m.serverMac)))
                    return "serverMac: buffer expected";
            }
            return null;
        };

        /**
         * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.AuthResult
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.AuthResult} AuthResult
         */
        AuthResult.fromObject = function (d, q) {
            if (d instanceof $root.afwire.AuthResult)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.AuthResult: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.AuthResult();
            if (d.status !== 0 && (typeof d.status !== "string" || $root.afwire.Status[d.status] !== 0)) {
                switch (d.status) {
                case "OK":
                case 0:
                    m.status = 0;
                    break;
                case "ERROR":
                case 1:
                    m.status = 1;
                    break;
                case "BAD_REQUEST":
                case 2:
                    m.status = 2;
                    break;
                case "VERSION_MISMATCH":
                case 3:
                    m.status = 3;
                    break;
                case "AUTH_FAILED":
                case 4:
                    m.status = 4;
                    break;
                case "DEVICE_IN_USE":
                case 5:
                    m.status = 5;
                    break;
                case "SERVICE_IN_USE":
                case 6:
                    m.status = 6;
                    break;
                case "END_OF_TAPE":
                case 7:
                    m.status = 7;
                    break;
                case "END_OF_FILE":
                case 8:
                    m.status = 8;
                    break;
                case "INVALID_CARTRIDGE":
                case 9:
                    m.status = 9;
                    break;
                case "INVALID_TAPE_FILE":
                case 10:
                    m.status = 10;
                    break;
                case "CARTRIDGE_SET_DENIED":
                case 11:
                    m.status = 11;
                    break;
                case "CLIENT_NOT_UNIQUE":
                case 12:
                    m.status = 12;
                    break;
                case "TOO_MANY_CLIENTS":
                case 13:
                    m.status = 13;
                    break;
                case "NOT_OPEN":
                case 14:
                    m.status = 14;
                    break;
                case "DEVICE_UNAVAILABLE":
                case 15:
                    m.status = 15;
                    break;
                case "PROGRAM_NOT_FOUND":
                case 16:
                    m.status = 16;
                    break;
                case "SHUTTING_DOWN":
                case 17:
                    m.status = 17;
                    break;
                case "PROTOCOL_ERROR":
                case 18:
                    m.status = 18;
                    break;
                case "UNSUPPORTED":
                case 19:
                    m.status = 19;
                    break;
                case "TAPE_ERROR":
                case 20:
                    m.status = 20;
                    break;
                default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                        m.status = d.status;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.serverMac != null) {
                if (d.serverMac.length) {
                    if (typeof d.serverMac === "string")
                        $util.base64.decode(d.serverMac, m.serverMac = $util.newBuffer($util.base64.length(d.serverMac)), 0);
                    else if (d.serverMac.length >= 0)
                        m.serverMac = d.serverMac;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.AuthResult
         * @static
         * @param {afwire.AuthResult} m AuthResult
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthResult.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.status = o.enums === $String ? "OK" : 0;
                d.message = "";
                if (o.bytes === $String)
                    d.serverMac = "";
                else {
                    d.serverMac = [];
                    if (o.bytes !== $Array)
                        d.serverMac = $util.newBuffer(d.serverMac);
                }
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === $String ? $root.afwire.Status[m.status] === $undefined ? m.status : $root.afwire.Status[m.status] : m.status;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.serverMac != null && $Object.hasOwnProperty.call(m, "serverMac")) {
                d.serverMac = o.bytes === $String ? $util.base64.encode(m.serverMac, 0, m.serverMac.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.serverMac) : m.serverMac;
            }
            return d;
        };

        /**
         * Converts this AuthResult to JSON.
         * @function toJSON
         * @memberof afwire.AuthResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthResult.prototype.toJSON = function() {
            return AuthResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuthResult
         * @function getTypeUrl
         * @memberof afwire.AuthResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuthResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.AuthResult";
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
         * Encodes the specified Fatal message, length delimited. Does not implicitly {@link afwire.Fatal.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Fatal
         * @static
         * @param {afwire.Fatal.$Properties} message Fatal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Fatal.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a Fatal message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Fatal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Fatal & afwire.Fatal.$Shape} Fatal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Fatal.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Fatal message.
         * @function verify
         * @memberof afwire.Fatal
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Fatal.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                    return "status: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            return null;
        };

        /**
         * Creates a Fatal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Fatal
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Fatal} Fatal
         */
        Fatal.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Fatal)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Fatal: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.Fatal();
            if (d.status !== 0 && (typeof d.status !== "string" || $root.afwire.Status[d.status] !== 0)) {
                switch (d.status) {
                case "OK":
                case 0:
                    m.status = 0;
                    break;
                case "ERROR":
                case 1:
                    m.status = 1;
                    break;
                case "BAD_REQUEST":
                case 2:
                    m.status = 2;
                    break;
                case "VERSION_MISMATCH":
                case 3:
                    m.status = 3;
                    break;
                case "AUTH_FAILED":
                case 4:
                    m.status = 4;
                    break;
                case "DEVICE_IN_USE":
                case 5:
                    m.status = 5;
                    break;
                case "SERVICE_IN_USE":
                case 6:
                    m.status = 6;
                    break;
                case "END_OF_TAPE":
                case 7:
                    m.status = 7;
                    break;
                case "END_OF_FILE":
                case 8:
                    m.status = 8;
                    break;
                case "INVALID_CARTRIDGE":
                case 9:
                    m.status = 9;
                    break;
                case "INVALID_TAPE_FILE":
                case 10:
                    m.status = 10;
                    break;
                case "CARTRIDGE_SET_DENIED":
                case 11:
                    m.status = 11;
                    break;
                case "CLIENT_NOT_UNIQUE":
                case 12:
                    m.status = 12;
                    break;
                case "TOO_MANY_CLIENTS":
                case 13:
                    m.status = 13;
                    break;
                case "NOT_OPEN":
                case 14:
                    m.status = 14;
                    break;
                case "DEVICE_UNAVAILABLE":
                case 15:
                    m.status = 15;
                    break;
                case "PROGRAM_NOT_FOUND":
                case 16:
                    m.status = 16;
                    break;
                case "SHUTTING_DOWN":
                case 17:
                    m.status = 17;
                    break;
                case "PROTOCOL_ERROR":
                case 18:
                    m.status = 18;
                    break;
                case "UNSUPPORTED":
                case 19:
                    m.status = 19;
                    break;
                case "TAPE_ERROR":
                case 20:
                    m.status = 20;
                    break;
                default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                        m.status = d.status;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Fatal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Fatal
         * @static
         * @param {afwire.Fatal} m Fatal
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Fatal.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.status = o.enums === $String ? "OK" : 0;
                d.message = "";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === $String ? $root.afwire.Status[m.status] === $undefined ? m.status : $root.afwire.Status[m.status] : m.status;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            return d;
        };

        /**
         * Converts this Fatal to JSON.
         * @function toJSON
         * @memberof afwire.Fatal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Fatal.prototype.toJSON = function() {
            return Fatal.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Fatal
         * @function getTypeUrl
         * @memberof afwire.Fatal
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Fatal.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Fatal";
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
         * Encodes the specified WritePosition message, length delimited. Does not implicitly {@link afwire.WritePosition.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.WritePosition
         * @static
         * @param {afwire.WritePosition.$Properties} message WritePosition message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WritePosition.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a WritePosition message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.WritePosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.WritePosition & afwire.WritePosition.$Shape} WritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WritePosition.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WritePosition message.
         * @function verify
         * @memberof afwire.WritePosition
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WritePosition.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                if (!$util.isInteger(m.block) && !(m.block && $util.isInteger(m.block.low) && $util.isInteger(m.block.high)))
                    return "block: integer|Long expected";
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset))
                    return "offset: integer expected";
            }
            return null;
        };

        /**
         * Creates a WritePosition message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.WritePosition
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.WritePosition} WritePosition
         */
        WritePosition.fromObject = function (d, q) {
            if (d instanceof $root.afwire.WritePosition)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.WritePosition: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.WritePosition();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            if (d.block != null) {
                if (typeof d.block === "object" ? d.block.low || d.block.high : $Number(d.block) !== 0) {
                    if ($util.Long)
                        m.block = $util.Long.fromValue(d.block, true);
                    else if (typeof d.block === "string")
                        m.block = $parseInt(d.block, 10);
                    else if (typeof d.block === "number")
                        m.block = d.block;
                    else if (typeof d.block === "object")
                        m.block = new $util.LongBits(d.block.low >>> 0, d.block.high >>> 0).toNumber(true);
                }
            }
            if (d.offset != null) {
                if ($Number(d.offset) !== 0) {
                    m.offset = d.offset >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WritePosition message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.WritePosition
         * @static
         * @param {afwire.WritePosition} m WritePosition
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WritePosition.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridge = 0;
                d.tapeFile = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.block = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.block = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.offset = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.block = typeof m.block === "number" ? $BigInt(m.block) : $util.Long.fromBits(m.block.low >>> 0, m.block.high >>> 0, true).toBigInt();
                else if (typeof m.block === "number")
                    d.block = o.longs === $String ? $String(m.block) : m.block;
                else
                    d.block = o.longs === $String ? $util.Long.prototype.toString.call(m.block) : o.longs === $Number ? new $util.LongBits(m.block.low >>> 0, m.block.high >>> 0).toNumber(true) : m.block;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                d.offset = m.offset;
            }
            return d;
        };

        /**
         * Converts this WritePosition to JSON.
         * @function toJSON
         * @memberof afwire.WritePosition
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WritePosition.prototype.toJSON = function() {
            return WritePosition.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WritePosition
         * @function getTypeUrl
         * @memberof afwire.WritePosition
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WritePosition.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.WritePosition";
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
         * Encodes the specified Request message, length delimited. Does not implicitly {@link afwire.Request.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Request
         * @static
         * @param {afwire.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Request & afwire.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Request message.
         * @function verify
         * @memberof afwire.Request
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Request.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isInteger(m.id))
                    return "id: integer expected";
            }
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows")) {
                if (typeof m.dataFollows !== "boolean")
                    return "dataFollows: boolean expected";
            }
            if (m.openForWrite != null && $Object.hasOwnProperty.call(m, "openForWrite")) {
                p.op = 1;
                {
                    var e = $root.afwire.OpenForWrite.verify(m.openForWrite, q + 1);
                    if (e)
                        return "openForWrite." + e;
                }
            }
            if (m.openForRead != null && $Object.hasOwnProperty.call(m, "openForRead")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.OpenForRead.verify(m.openForRead, q + 1);
                    if (e)
                        return "openForRead." + e;
                }
            }
            if (m.write != null && $Object.hasOwnProperty.call(m, "write")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.WriteData.verify(m.write, q + 1);
                    if (e)
                        return "write." + e;
                }
            }
            if (m.read != null && $Object.hasOwnProperty.call(m, "read")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.ReadData.verify(m.read, q + 1);
                    if (e)
                        return "read." + e;
                }
            }
            if (m.close != null && $Object.hasOwnProperty.call(m, "close")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.CloseTape.verify(m.close, q + 1);
                    if (e)
                        return "close." + e;
                }
            }
            if (m.queryPosition != null && $Object.hasOwnProperty.call(m, "queryPosition")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.QueryPosition.verify(m.queryPosition, q + 1);
                    if (e)
                        return "queryPosition." + e;
                }
            }
            if (m.queryWritePosition != null && $Object.hasOwnProperty.call(m, "queryWritePosition")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.QueryWritePosition.verify(m.queryWritePosition, q + 1);
                    if (e)
                        return "queryWritePosition." + e;
                }
            }
            if (m.queryStreamerState != null && $Object.hasOwnProperty.call(m, "queryStreamerState")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.QueryStreamerState.verify(m.queryStreamerState, q + 1);
                    if (e)
                        return "queryStreamerState." + e;
                }
            }
            if (m.setCartridge != null && $Object.hasOwnProperty.call(m, "setCartridge")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.SetCartridge.verify(m.setCartridge, q + 1);
                    if (e)
                        return "setCartridge." + e;
                }
            }
            if (m.setTapeFile != null && $Object.hasOwnProperty.call(m, "setTapeFile")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.SetTapeFile.verify(m.setTapeFile, q + 1);
                    if (e)
                        return "setTapeFile." + e;
                }
            }
            if (m.newTapeFile != null && $Object.hasOwnProperty.call(m, "newTapeFile")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.RequestNewTapeFile.verify(m.newTapeFile, q + 1);
                    if (e)
                        return "newTapeFile." + e;
                }
            }
            if (m.newCartridge != null && $Object.hasOwnProperty.call(m, "newCartridge")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.RequestNewCartridge.verify(m.newCartridge, q + 1);
                    if (e)
                        return "newCartridge." + e;
                }
            }
            if (m.listBackupHeaders != null && $Object.hasOwnProperty.call(m, "listBackupHeaders")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.ListBackupHeaders.verify(m.listBackupHeaders, q + 1);
                    if (e)
                        return "listBackupHeaders." + e;
                }
            }
            if (m.clientMessage != null && $Object.hasOwnProperty.call(m, "clientMessage")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.ClientMessage.verify(m.clientMessage, q + 1);
                    if (e)
                        return "clientMessage." + e;
                }
            }
            if (m.remoteStart != null && $Object.hasOwnProperty.call(m, "remoteStart")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.RemoteStart.verify(m.remoteStart, q + 1);
                    if (e)
                        return "remoteStart." + e;
                }
            }
            if (m.goodbye != null && $Object.hasOwnProperty.call(m, "goodbye")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.Goodbye.verify(m.goodbye, q + 1);
                    if (e)
                        return "goodbye." + e;
                }
            }
            if (m.copyBegin != null && $Object.hasOwnProperty.call(m, "copyBegin")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.CopyBegin.verify(m.copyBegin, q + 1);
                    if (e)
                        return "copyBegin." + e;
                }
            }
            if (m.copyTapeFile != null && $Object.hasOwnProperty.call(m, "copyTapeFile")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.CopyTapeFile.verify(m.copyTapeFile, q + 1);
                    if (e)
                        return "copyTapeFile." + e;
                }
            }
            if (m.copyCommit != null && $Object.hasOwnProperty.call(m, "copyCommit")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.afwire.CopyCommit.verify(m.copyCommit, q + 1);
                    if (e)
                        return "copyCommit." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Request message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Request
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Request} Request
         */
        Request.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Request)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Request: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.Request();
            if (d.id != null) {
                if ($Number(d.id) !== 0) {
                    m.id = d.id >>> 0;
                }
            }
            if (d.dataFollows != null) {
                if (d.dataFollows) {
                    m.dataFollows = $Boolean(d.dataFollows);
                }
            }
            if (d.openForWrite != null) {
                if (!$util.isObject(d.openForWrite))
                    throw $TypeError(".afwire.Request.openForWrite: object expected");
                m.openForWrite = $root.afwire.OpenForWrite.fromObject(d.openForWrite, q + 1);
            }
            if (d.openForRead != null) {
                if (!$util.isObject(d.openForRead))
                    throw $TypeError(".afwire.Request.openForRead: object expected");
                m.openForRead = $root.afwire.OpenForRead.fromObject(d.openForRead, q + 1);
            }
            if (d.write != null) {
                if (!$util.isObject(d.write))
                    throw $TypeError(".afwire.Request.write: object expected");
                m.write = $root.afwire.WriteData.fromObject(d.write, q + 1);
            }
            if (d.read != null) {
                if (!$util.isObject(d.read))
                    throw $TypeError(".afwire.Request.read: object expected");
                m.read = $root.afwire.ReadData.fromObject(d.read, q + 1);
            }
            if (d.close != null) {
                if (!$util.isObject(d.close))
                    throw $TypeError(".afwire.Request.close: object expected");
                m.close = $root.afwire.CloseTape.fromObject(d.close, q + 1);
            }
            if (d.queryPosition != null) {
                if (!$util.isObject(d.queryPosition))
                    throw $TypeError(".afwire.Request.queryPosition: object expected");
                m.queryPosition = $root.afwire.QueryPosition.fromObject(d.queryPosition, q + 1);
            }
            if (d.queryWritePosition != null) {
                if (!$util.isObject(d.queryWritePosition))
                    throw $TypeError(".afwire.Request.queryWritePosition: object expected");
                m.queryWritePosition = $root.afwire.QueryWritePosition.fromObject(d.queryWritePosition, q + 1);
            }
            if (d.queryStreamerState != null) {
                if (!$util.isObject(d.queryStreamerState))
                    throw $TypeError(".afwire.Request.queryStreamerState: object expected");
                m.queryStreamerState = $root.afwire.QueryStreamerState.fromObject(d.queryStreamerState, q + 1);
            }
            if (d.setCartridge != null) {
                if (!$util.isObject(d.setCartridge))
                    throw $TypeError(".afwire.Request.setCartridge: object expected");
                m.setCartridge = $root.afwire.SetCartridge.fromObject(d.setCartridge, q + 1);
            }
            if (d.setTapeFile != null) {
                if (!$util.isObject(d.setTapeFile))
                    throw $TypeError(".afwire.Request.setTapeFile: object expected");
                m.setTapeFile = $root.afwire.SetTapeFile.fromObject(d.setTapeFile, q + 1);
            }
            if (d.newTapeFile != null) {
                if (!$util.isObject(d.newTapeFile))
                    throw $TypeError(".afwire.Request.newTapeFile: object expected");
                m.newTapeFile = $root.afwire.RequestNewTapeFile.fromObject(d.newTapeFile, q + 1);
            }
            if (d.newCartridge != null) {
                if (!$util.isObject(d.newCartridge))
                    throw $TypeError(".afwire.Request.newCartridge: object expected");
                m.newCartridge = $root.afwire.RequestNewCartridge.fromObject(d.newCartridge, q + 1);
            }
            if (d.listBackupHeaders != null) {
                if (!$util.isObject(d.listBackupHeaders))
                    throw $TypeError(".afwire.Request.listBackupHeaders: object expected");
                m.listBackupHeaders = $root.afwire.ListBackupHeaders.fromObject(d.listBackupHeaders, q + 1);
            }
            if (d.clientMessage != null) {
                if (!$util.isObject(d.clientMessage))
                    throw $TypeError(".afwire.Request.clientMessage: object expected");
                m.clientMessage = $root.afwire.ClientMessage.fromObject(d.clientMessage, q + 1);
            }
            if (d.remoteStart != null) {
                if (!$util.isObject(d.remoteStart))
                    throw $TypeError(".afwire.Request.remoteStart: object expected");
                m.remoteStart = $root.afwire.RemoteStart.fromObject(d.remoteStart, q + 1);
            }
            if (d.goodbye != null) {
                if (!$util.isObject(d.goodbye))
                    throw $TypeError(".afwire.Request.goodbye: object expected");
                m.goodbye = $root.afwire.Goodbye.fromObject(d.goodbye, q + 1);
            }
            if (d.copyBegin != null) {
                if (!$util.isObject(d.copyBegin))
                    throw $TypeError(".afwire.Request.copyBegin: object expected");
                m.copyBegin = $root.afwire.CopyBegin.fromObject(d.copyBegin, q + 1);
            }
            if (d.copyTapeFile != null) {
                if (!$util.isObject(d.copyTapeFile))
                    throw $TypeError(".afwire.Request.copyTapeFile: object expected");
                m.copyTapeFile = $root.afwire.CopyTapeFile.fromObject(d.copyTapeFile, q + 1);
            }
            if (d.copyCommit != null) {
                if (!$util.isObject(d.copyCommit))
                    throw $TypeError(".afwire.Request.copyCommit: object expected");
                m.copyCommit = $root.afwire.CopyCommit.fromObject(d.copyCommit, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Request message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Request
         * @static
         * @param {afwire.Request} m Request
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Request.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = 0;
                d.dataFollows = false;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows")) {
                d.dataFollows = m.dataFollows;
            }
            if (m.openForWrite != null && $Object.hasOwnProperty.call(m, "openForWrite")) {
                d.openForWrite = $root.afwire.OpenForWrite.toObject(m.openForWrite, o, q + 1);
                if (o.oneofs)
                    d.op = "openForWrite";
            }
            if (m.openForRead != null && $Object.hasOwnProperty.call(m, "openForRead")) {
                d.openForRead = $root.afwire.OpenForRead.toObject(m.openForRead, o, q + 1);
                if (o.oneofs)
                    d.op = "openForRead";
            }
            if (m.write != null && $Object.hasOwnProperty.call(m, "write")) {
                d.write = $root.afwire.WriteData.toObject(m.write, o, q + 1);
                if (o.oneofs)
                    d.op = "write";
            }
            if (m.read != null && $Object.hasOwnProperty.call(m, "read")) {
                d.read = $root.afwire.ReadData.toObject(m.read, o, q + 1);
                if (o.oneofs)
                    d.op = "read";
            }
            if (m.close != null && $Object.hasOwnProperty.call(m, "close")) {
                d.close = $root.afwire.CloseTape.toObject(m.close, o, q + 1);
                if (o.oneofs)
                    d.op = "close";
            }
            if (m.queryPosition != null && $Object.hasOwnProperty.call(m, "queryPosition")) {
                d.queryPosition = $root.afwire.QueryPosition.toObject(m.queryPosition, o, q + 1);
                if (o.oneofs)
                    d.op = "queryPosition";
            }
            if (m.queryWritePosition != null && $Object.hasOwnProperty.call(m, "queryWritePosition")) {
                d.queryWritePosition = $root.afwire.QueryWritePosition.toObject(m.queryWritePosition, o, q + 1);
                if (o.oneofs)
                    d.op = "queryWritePosition";
            }
            if (m.queryStreamerState != null && $Object.hasOwnProperty.call(m, "queryStreamerState")) {
                d.queryStreamerState = $root.afwire.QueryStreamerState.toObject(m.queryStreamerState, o, q + 1);
                if (o.oneofs)
                    d.op = "queryStreamerState";
            }
            if (m.setCartridge != null && $Object.hasOwnProperty.call(m, "setCartridge")) {
                d.setCartridge = $root.afwire.SetCartridge.toObject(m.setCartridge, o, q + 1);
                if (o.oneofs)
                    d.op = "setCartridge";
            }
            if (m.setTapeFile != null && $Object.hasOwnProperty.call(m, "setTapeFile")) {
                d.setTapeFile = $root.afwire.SetTapeFile.toObject(m.setTapeFile, o, q + 1);
                if (o.oneofs)
                    d.op = "setTapeFile";
            }
            if (m.newTapeFile != null && $Object.hasOwnProperty.call(m, "newTapeFile")) {
                d.newTapeFile = $root.afwire.RequestNewTapeFile.toObject(m.newTapeFile, o, q + 1);
                if (o.oneofs)
                    d.op = "newTapeFile";
            }
            if (m.newCartridge != null && $Object.hasOwnProperty.call(m, "newCartridge")) {
                d.newCartridge = $root.afwire.RequestNewCartridge.toObject(m.newCartridge, o, q + 1);
                if (o.oneofs)
                    d.op = "newCartridge";
            }
            if (m.listBackupHeaders != null && $Object.hasOwnProperty.call(m, "listBackupHeaders")) {
                d.listBackupHeaders = $root.afwire.ListBackupHeaders.toObject(m.listBackupHeaders, o, q + 1);
                if (o.oneofs)
                    d.op = "listBackupHeaders";
            }
            if (m.clientMessage != null && $Object.hasOwnProperty.call(m, "clientMessage")) {
                d.clientMessage = $root.afwire.ClientMessage.toObject(m.clientMessage, o, q + 1);
                if (o.oneofs)
                    d.op = "clientMessage";
            }
            if (m.remoteStart != null && $Object.hasOwnProperty.call(m, "remoteStart")) {
                d.remoteStart = $root.afwire.RemoteStart.toObject(m.remoteStart, o, q + 1);
                if (o.oneofs)
                    d.op = "remoteStart";
            }
            if (m.goodbye != null && $Object.hasOwnProperty.call(m, "goodbye")) {
                d.goodbye = $root.afwire.Goodbye.toObject(m.goodbye, o, q + 1);
                if (o.oneofs)
                    d.op = "goodbye";
            }
            if (m.copyBegin != null && $Object.hasOwnProperty.call(m, "copyBegin")) {
                d.copyBegin = $root.afwire.CopyBegin.toObject(m.copyBegin, o, q + 1);
                if (o.oneofs)
                    d.op = "copyBegin";
            }
            if (m.copyTapeFile != null && $Object.hasOwnProperty.call(m, "copyTapeFile")) {
                d.copyTapeFile = $root.afwire.CopyTapeFile.toObject(m.copyTapeFile, o, q + 1);
                if (o.oneofs)
                    d.op = "copyTapeFile";
            }
            if (m.copyCommit != null && $Object.hasOwnProperty.call(m, "copyCommit")) {
                d.copyCommit = $root.afwire.CopyCommit.toObject(m.copyCommit, o, q + 1);
                if (o.oneofs)
                    d.op = "copyCommit";
            }
            return d;
        };

        /**
         * Converts this Request to JSON.
         * @function toJSON
         * @memberof afwire.Request
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Request.prototype.toJSON = function() {
            return Request.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Request
         * @function getTypeUrl
         * @memberof afwire.Request
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Request.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Request";
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
         * Encodes the specified OpenForWrite message, length delimited. Does not implicitly {@link afwire.OpenForWrite.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.OpenForWrite
         * @static
         * @param {afwire.OpenForWrite.$Properties} message OpenForWrite message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenForWrite.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an OpenForWrite message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.OpenForWrite
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.OpenForWrite & afwire.OpenForWrite.$Shape} OpenForWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenForWrite.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OpenForWrite message.
         * @function verify
         * @memberof afwire.OpenForWrite
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OpenForWrite.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                if (!$util.isInteger(m.cartridgeSet))
                    return "cartridgeSet: integer expected";
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (!$util.isString(m.kind))
                    return "kind: string expected";
            }
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                if (!$util.isObject(m.metadata))
                    return "metadata: object expected";
                var k = $Object.keys(m.metadata);
                for (var i = 0; i < k.length; ++i) {
                    if (!$util.isString(m.metadata[k[i]]))
                        return "metadata: string{k:string} expected";
                }
            }
            return null;
        };

        /**
         * Creates an OpenForWrite message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.OpenForWrite
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.OpenForWrite} OpenForWrite
         */
        OpenForWrite.fromObject = function (d, q) {
            if (d instanceof $root.afwire.OpenForWrite)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.OpenForWrite: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.OpenForWrite();
            if (d.cartridgeSet != null) {
                if ($Number(d.cartridgeSet) !== 0) {
                    m.cartridgeSet = d.cartridgeSet >>> 0;
                }
            }
            if (d.kind != null) {
                if (typeof d.kind !== "string" || d.kind.length) {
                    m.kind = $String(d.kind);
                }
            }
            if (d.metadata) {
                if (!$util.isObject(d.metadata))
                    throw $TypeError(".afwire.OpenForWrite.metadata: object expected");
                m.metadata = {};
                for (var ks = $Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.metadata, ks[i]);
                    m.metadata[ks[i]] = $String(d.metadata[ks[i]]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an OpenForWrite message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.OpenForWrite
         * @static
         * @param {afwire.OpenForWrite} m OpenForWrite
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OpenForWrite.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.metadata = {};
            }
            if (o.defaults) {
                d.cartridgeSet = 0;
                d.kind = "";
            }
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                d.cartridgeSet = m.cartridgeSet;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = m.kind;
            }
            var ks2;
            if (m.metadata && (ks2 = $Object.keys(m.metadata)).length) {
                d.metadata = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.metadata, ks2[j]);
                    d.metadata[ks2[j]] = m.metadata[ks2[j]];
                }
            }
            return d;
        };

        /**
         * Converts this OpenForWrite to JSON.
         * @function toJSON
         * @memberof afwire.OpenForWrite
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OpenForWrite.prototype.toJSON = function() {
            return OpenForWrite.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OpenForWrite
         * @function getTypeUrl
         * @memberof afwire.OpenForWrite
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OpenForWrite.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.OpenForWrite";
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
         * Encodes the specified OpenForRead message, length delimited. Does not implicitly {@link afwire.OpenForRead.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.OpenForRead
         * @static
         * @param {afwire.OpenForRead.$Properties} message OpenForRead message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenForRead.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes an OpenForRead message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.OpenForRead
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.OpenForRead & afwire.OpenForRead.$Shape} OpenForRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenForRead.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OpenForRead message.
         * @function verify
         * @memberof afwire.OpenForRead
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OpenForRead.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                if (!$util.isInteger(m.cartridgeSet))
                    return "cartridgeSet: integer expected";
            }
            return null;
        };

        /**
         * Creates an OpenForRead message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.OpenForRead
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.OpenForRead} OpenForRead
         */
        OpenForRead.fromObject = function (d, q) {
            if (d instanceof $root.afwire.OpenForRead)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.OpenForRead: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.OpenForRead();
            if (d.cartridgeSet != null) {
                if ($Number(d.cartridgeSet) !== 0) {
                    m.cartridgeSet = d.cartridgeSet >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an OpenForRead message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.OpenForRead
         * @static
         * @param {afwire.OpenForRead} m OpenForRead
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OpenForRead.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridgeSet = 0;
            }
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                d.cartridgeSet = m.cartridgeSet;
            }
            return d;
        };

        /**
         * Converts this OpenForRead to JSON.
         * @function toJSON
         * @memberof afwire.OpenForRead
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OpenForRead.prototype.toJSON = function() {
            return OpenForRead.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OpenForRead
         * @function getTypeUrl
         * @memberof afwire.OpenForRead
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OpenForRead.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.OpenForRead";
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
         * Encodes the specified WriteData message, length delimited. Does not implicitly {@link afwire.WriteData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.WriteData
         * @static
         * @param {afwire.WriteData.$Properties} message WriteData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a WriteData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.WriteData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.WriteData & afwire.WriteData.$Shape} WriteData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WriteData message.
         * @function verify
         * @memberof afwire.WriteData
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WriteData.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a WriteData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.WriteData
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.WriteData} WriteData
         */
        WriteData.fromObject = function (d, q) {
            if (d instanceof $root.afwire.WriteData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.WriteData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.WriteData();
        };

        /**
         * Creates a plain object from a WriteData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.WriteData
         * @static
         * @param {afwire.WriteData} m WriteData
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WriteData.toObject = function () {
            return {};
        };

        /**
         * Converts this WriteData to JSON.
         * @function toJSON
         * @memberof afwire.WriteData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WriteData.prototype.toJSON = function() {
            return WriteData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WriteData
         * @function getTypeUrl
         * @memberof afwire.WriteData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WriteData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.WriteData";
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
         * Encodes the specified ReadData message, length delimited. Does not implicitly {@link afwire.ReadData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.ReadData
         * @static
         * @param {afwire.ReadData.$Properties} message ReadData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a ReadData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.ReadData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.ReadData & afwire.ReadData.$Shape} ReadData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ReadData message.
         * @function verify
         * @memberof afwire.ReadData
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ReadData.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes")) {
                if (!$util.isInteger(m.maxBytes) && !(m.maxBytes && $util.isInteger(m.maxBytes.low) && $util.isInteger(m.maxBytes.high)))
                    return "maxBytes: integer|Long expected";
            }
            if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                {
                    var e = $root.afwire.WritePosition.verify(m.start, q + 1);
                    if (e)
                        return "start." + e;
                }
            }
            if (m.singleTapeFile != null && $Object.hasOwnProperty.call(m, "singleTapeFile")) {
                if (typeof m.singleTapeFile !== "boolean")
                    return "singleTapeFile: boolean expected";
            }
            return null;
        };

        /**
         * Creates a ReadData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.ReadData
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.ReadData} ReadData
         */
        ReadData.fromObject = function (d, q) {
            if (d instanceof $root.afwire.ReadData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.ReadData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.ReadData();
            if (d.maxBytes != null) {
                if (typeof d.maxBytes === "object" ? d.maxBytes.low || d.maxBytes.high : $Number(d.maxBytes) !== 0) {
                    if ($util.Long)
                        m.maxBytes = $util.Long.fromValue(d.maxBytes, true);
                    else if (typeof d.maxBytes === "string")
                        m.maxBytes = $parseInt(d.maxBytes, 10);
                    else if (typeof d.maxBytes === "number")
                        m.maxBytes = d.maxBytes;
                    else if (typeof d.maxBytes === "object")
                        m.maxBytes = new $util.LongBits(d.maxBytes.low >>> 0, d.maxBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.start != null) {
                if (!$util.isObject(d.start))
                    throw $TypeError(".afwire.ReadData.start: object expected");
                m.start = $root.afwire.WritePosition.fromObject(d.start, q + 1);
            }
            if (d.singleTapeFile != null) {
                if (d.singleTapeFile) {
                    m.singleTapeFile = $Boolean(d.singleTapeFile);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ReadData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.ReadData
         * @static
         * @param {afwire.ReadData} m ReadData
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReadData.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.maxBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.start = null;
                d.singleTapeFile = false;
            }
            if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxBytes = typeof m.maxBytes === "number" ? $BigInt(m.maxBytes) : $util.Long.fromBits(m.maxBytes.low >>> 0, m.maxBytes.high >>> 0, true).toBigInt();
                else if (typeof m.maxBytes === "number")
                    d.maxBytes = o.longs === $String ? $String(m.maxBytes) : m.maxBytes;
                else
                    d.maxBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxBytes) : o.longs === $Number ? new $util.LongBits(m.maxBytes.low >>> 0, m.maxBytes.high >>> 0).toNumber(true) : m.maxBytes;
            }
            if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                d.start = $root.afwire.WritePosition.toObject(m.start, o, q + 1);
            }
            if (m.singleTapeFile != null && $Object.hasOwnProperty.call(m, "singleTapeFile")) {
                d.singleTapeFile = m.singleTapeFile;
            }
            return d;
        };

        /**
         * Converts this ReadData to JSON.
         * @function toJSON
         * @memberof afwire.ReadData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReadData.prototype.toJSON = function() {
            return ReadData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ReadData
         * @function getTypeUrl
         * @memberof afwire.ReadData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ReadData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.ReadData";
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
         * Encodes the specified CloseTape message, length delimited. Does not implicitly {@link afwire.CloseTape.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CloseTape
         * @static
         * @param {afwire.CloseTape.$Properties} message CloseTape message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseTape.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CloseTape message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CloseTape
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CloseTape & afwire.CloseTape.$Shape} CloseTape
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseTape.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CloseTape message.
         * @function verify
         * @memberof afwire.CloseTape
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CloseTape.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a CloseTape message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CloseTape
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CloseTape} CloseTape
         */
        CloseTape.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CloseTape)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CloseTape: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.CloseTape();
        };

        /**
         * Creates a plain object from a CloseTape message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CloseTape
         * @static
         * @param {afwire.CloseTape} m CloseTape
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CloseTape.toObject = function () {
            return {};
        };

        /**
         * Converts this CloseTape to JSON.
         * @function toJSON
         * @memberof afwire.CloseTape
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CloseTape.prototype.toJSON = function() {
            return CloseTape.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CloseTape
         * @function getTypeUrl
         * @memberof afwire.CloseTape
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CloseTape.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CloseTape";
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
         * Encodes the specified QueryPosition message, length delimited. Does not implicitly {@link afwire.QueryPosition.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.QueryPosition
         * @static
         * @param {afwire.QueryPosition.$Properties} message QueryPosition message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryPosition.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a QueryPosition message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.QueryPosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.QueryPosition & afwire.QueryPosition.$Shape} QueryPosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryPosition.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueryPosition message.
         * @function verify
         * @memberof afwire.QueryPosition
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueryPosition.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a QueryPosition message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.QueryPosition
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.QueryPosition} QueryPosition
         */
        QueryPosition.fromObject = function (d, q) {
            if (d instanceof $root.afwire.QueryPosition)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.QueryPosition: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.QueryPosition();
        };

        /**
         * Creates a plain object from a QueryPosition message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.QueryPosition
         * @static
         * @param {afwire.QueryPosition} m QueryPosition
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueryPosition.toObject = function () {
            return {};
        };

        /**
         * Converts this QueryPosition to JSON.
         * @function toJSON
         * @memberof afwire.QueryPosition
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueryPosition.prototype.toJSON = function() {
            return QueryPosition.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueryPosition
         * @function getTypeUrl
         * @memberof afwire.QueryPosition
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueryPosition.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.QueryPosition";
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
         * Encodes the specified QueryWritePosition message, length delimited. Does not implicitly {@link afwire.QueryWritePosition.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {afwire.QueryWritePosition.$Properties} message QueryWritePosition message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryWritePosition.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a QueryWritePosition message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.QueryWritePosition & afwire.QueryWritePosition.$Shape} QueryWritePosition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryWritePosition.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueryWritePosition message.
         * @function verify
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueryWritePosition.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                if (!$util.isInteger(m.cartridgeSet))
                    return "cartridgeSet: integer expected";
            }
            return null;
        };

        /**
         * Creates a QueryWritePosition message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.QueryWritePosition} QueryWritePosition
         */
        QueryWritePosition.fromObject = function (d, q) {
            if (d instanceof $root.afwire.QueryWritePosition)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.QueryWritePosition: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.QueryWritePosition();
            if (d.cartridgeSet != null) {
                if ($Number(d.cartridgeSet) !== 0) {
                    m.cartridgeSet = d.cartridgeSet >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a QueryWritePosition message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {afwire.QueryWritePosition} m QueryWritePosition
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueryWritePosition.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridgeSet = 0;
            }
            if (m.cartridgeSet != null && $Object.hasOwnProperty.call(m, "cartridgeSet")) {
                d.cartridgeSet = m.cartridgeSet;
            }
            return d;
        };

        /**
         * Converts this QueryWritePosition to JSON.
         * @function toJSON
         * @memberof afwire.QueryWritePosition
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueryWritePosition.prototype.toJSON = function() {
            return QueryWritePosition.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueryWritePosition
         * @function getTypeUrl
         * @memberof afwire.QueryWritePosition
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueryWritePosition.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.QueryWritePosition";
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
         * Encodes the specified QueryStreamerState message, length delimited. Does not implicitly {@link afwire.QueryStreamerState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {afwire.QueryStreamerState.$Properties} message QueryStreamerState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QueryStreamerState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a QueryStreamerState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.QueryStreamerState & afwire.QueryStreamerState.$Shape} QueryStreamerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QueryStreamerState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a QueryStreamerState message.
         * @function verify
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QueryStreamerState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a QueryStreamerState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.QueryStreamerState} QueryStreamerState
         */
        QueryStreamerState.fromObject = function (d, q) {
            if (d instanceof $root.afwire.QueryStreamerState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.QueryStreamerState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.QueryStreamerState();
        };

        /**
         * Creates a plain object from a QueryStreamerState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {afwire.QueryStreamerState} m QueryStreamerState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QueryStreamerState.toObject = function () {
            return {};
        };

        /**
         * Converts this QueryStreamerState to JSON.
         * @function toJSON
         * @memberof afwire.QueryStreamerState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QueryStreamerState.prototype.toJSON = function() {
            return QueryStreamerState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for QueryStreamerState
         * @function getTypeUrl
         * @memberof afwire.QueryStreamerState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        QueryStreamerState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.QueryStreamerState";
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
         * Encodes the specified SetCartridge message, length delimited. Does not implicitly {@link afwire.SetCartridge.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.SetCartridge
         * @static
         * @param {afwire.SetCartridge.$Properties} message SetCartridge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetCartridge.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a SetCartridge message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.SetCartridge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.SetCartridge & afwire.SetCartridge.$Shape} SetCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetCartridge.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SetCartridge message.
         * @function verify
         * @memberof afwire.SetCartridge
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SetCartridge.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            return null;
        };

        /**
         * Creates a SetCartridge message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.SetCartridge
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.SetCartridge} SetCartridge
         */
        SetCartridge.fromObject = function (d, q) {
            if (d instanceof $root.afwire.SetCartridge)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.SetCartridge: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.SetCartridge();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SetCartridge message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.SetCartridge
         * @static
         * @param {afwire.SetCartridge} m SetCartridge
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetCartridge.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridge = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            return d;
        };

        /**
         * Converts this SetCartridge to JSON.
         * @function toJSON
         * @memberof afwire.SetCartridge
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetCartridge.prototype.toJSON = function() {
            return SetCartridge.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SetCartridge
         * @function getTypeUrl
         * @memberof afwire.SetCartridge
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SetCartridge.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.SetCartridge";
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
         * Encodes the specified SetTapeFile message, length delimited. Does not implicitly {@link afwire.SetTapeFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.SetTapeFile
         * @static
         * @param {afwire.SetTapeFile.$Properties} message SetTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetTapeFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a SetTapeFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.SetTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.SetTapeFile & afwire.SetTapeFile.$Shape} SetTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetTapeFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SetTapeFile message.
         * @function verify
         * @memberof afwire.SetTapeFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SetTapeFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            return null;
        };

        /**
         * Creates a SetTapeFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.SetTapeFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.SetTapeFile} SetTapeFile
         */
        SetTapeFile.fromObject = function (d, q) {
            if (d instanceof $root.afwire.SetTapeFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.SetTapeFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.SetTapeFile();
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SetTapeFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.SetTapeFile
         * @static
         * @param {afwire.SetTapeFile} m SetTapeFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetTapeFile.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tapeFile = 0;
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            return d;
        };

        /**
         * Converts this SetTapeFile to JSON.
         * @function toJSON
         * @memberof afwire.SetTapeFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetTapeFile.prototype.toJSON = function() {
            return SetTapeFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SetTapeFile
         * @function getTypeUrl
         * @memberof afwire.SetTapeFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SetTapeFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.SetTapeFile";
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
         * Encodes the specified RequestNewTapeFile message, length delimited. Does not implicitly {@link afwire.RequestNewTapeFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {afwire.RequestNewTapeFile.$Properties} message RequestNewTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestNewTapeFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a RequestNewTapeFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.RequestNewTapeFile & afwire.RequestNewTapeFile.$Shape} RequestNewTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestNewTapeFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RequestNewTapeFile message.
         * @function verify
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RequestNewTapeFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a RequestNewTapeFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.RequestNewTapeFile} RequestNewTapeFile
         */
        RequestNewTapeFile.fromObject = function (d, q) {
            if (d instanceof $root.afwire.RequestNewTapeFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.RequestNewTapeFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.RequestNewTapeFile();
        };

        /**
         * Creates a plain object from a RequestNewTapeFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {afwire.RequestNewTapeFile} m RequestNewTapeFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RequestNewTapeFile.toObject = function () {
            return {};
        };

        /**
         * Converts this RequestNewTapeFile to JSON.
         * @function toJSON
         * @memberof afwire.RequestNewTapeFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RequestNewTapeFile.prototype.toJSON = function() {
            return RequestNewTapeFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RequestNewTapeFile
         * @function getTypeUrl
         * @memberof afwire.RequestNewTapeFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RequestNewTapeFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.RequestNewTapeFile";
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
         * Encodes the specified RequestNewCartridge message, length delimited. Does not implicitly {@link afwire.RequestNewCartridge.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {afwire.RequestNewCartridge.$Properties} message RequestNewCartridge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestNewCartridge.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a RequestNewCartridge message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.RequestNewCartridge & afwire.RequestNewCartridge.$Shape} RequestNewCartridge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestNewCartridge.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RequestNewCartridge message.
         * @function verify
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RequestNewCartridge.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a RequestNewCartridge message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.RequestNewCartridge} RequestNewCartridge
         */
        RequestNewCartridge.fromObject = function (d, q) {
            if (d instanceof $root.afwire.RequestNewCartridge)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.RequestNewCartridge: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.RequestNewCartridge();
        };

        /**
         * Creates a plain object from a RequestNewCartridge message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {afwire.RequestNewCartridge} m RequestNewCartridge
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RequestNewCartridge.toObject = function () {
            return {};
        };

        /**
         * Converts this RequestNewCartridge to JSON.
         * @function toJSON
         * @memberof afwire.RequestNewCartridge
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RequestNewCartridge.prototype.toJSON = function() {
            return RequestNewCartridge.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RequestNewCartridge
         * @function getTypeUrl
         * @memberof afwire.RequestNewCartridge
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RequestNewCartridge.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.RequestNewCartridge";
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
         * Encodes the specified ListBackupHeaders message, length delimited. Does not implicitly {@link afwire.ListBackupHeaders.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {afwire.ListBackupHeaders.$Properties} message ListBackupHeaders message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListBackupHeaders.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a ListBackupHeaders message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.ListBackupHeaders & afwire.ListBackupHeaders.$Shape} ListBackupHeaders
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListBackupHeaders.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ListBackupHeaders message.
         * @function verify
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ListBackupHeaders.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            return null;
        };

        /**
         * Creates a ListBackupHeaders message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.ListBackupHeaders} ListBackupHeaders
         */
        ListBackupHeaders.fromObject = function (d, q) {
            if (d instanceof $root.afwire.ListBackupHeaders)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.ListBackupHeaders: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.ListBackupHeaders();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ListBackupHeaders message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {afwire.ListBackupHeaders} m ListBackupHeaders
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListBackupHeaders.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridge = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            return d;
        };

        /**
         * Converts this ListBackupHeaders to JSON.
         * @function toJSON
         * @memberof afwire.ListBackupHeaders
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListBackupHeaders.prototype.toJSON = function() {
            return ListBackupHeaders.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListBackupHeaders
         * @function getTypeUrl
         * @memberof afwire.ListBackupHeaders
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListBackupHeaders.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.ListBackupHeaders";
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
         * Encodes the specified ClientMessage message, length delimited. Does not implicitly {@link afwire.ClientMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.ClientMessage
         * @static
         * @param {afwire.ClientMessage.$Properties} message ClientMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a ClientMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.ClientMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.ClientMessage & afwire.ClientMessage.$Shape} ClientMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClientMessage message.
         * @function verify
         * @memberof afwire.ClientMessage
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClientMessage.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.preciousTapes != null && $Object.hasOwnProperty.call(m, "preciousTapes")) {
                p.kind = 1;
                {
                    var e = $root.afwire.CartridgeList.verify(m.preciousTapes, q + 1);
                    if (e)
                        return "preciousTapes." + e;
                }
            }
            if (m.reuseTapes != null && $Object.hasOwnProperty.call(m, "reuseTapes")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.CartridgeList.verify(m.reuseTapes, q + 1);
                    if (e)
                        return "reuseTapes." + e;
                }
            }
            if (m.tapesReadOnly != null && $Object.hasOwnProperty.call(m, "tapesReadOnly")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.CartridgeList.verify(m.tapesReadOnly, q + 1);
                    if (e)
                        return "tapesReadOnly." + e;
                }
            }
            if (m.tapesReadWrite != null && $Object.hasOwnProperty.call(m, "tapesReadWrite")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.CartridgeList.verify(m.tapesReadWrite, q + 1);
                    if (e)
                        return "tapesReadWrite." + e;
                }
            }
            if (m.deleteClient != null && $Object.hasOwnProperty.call(m, "deleteClient")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.afwire.DeleteClient.verify(m.deleteClient, q + 1);
                    if (e)
                        return "deleteClient." + e;
                }
            }
            return null;
        };

        /**
         * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.ClientMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.ClientMessage} ClientMessage
         */
        ClientMessage.fromObject = function (d, q) {
            if (d instanceof $root.afwire.ClientMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.ClientMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.ClientMessage();
            if (d.preciousTapes != null) {
                if (!$util.isObject(d.preciousTapes))
                    throw $TypeError(".afwire.ClientMessage.preciousTapes: object expected");
                m.preciousTapes = $root.afwire.CartridgeList.fromObject(d.preciousTapes, q + 1);
            }
            if (d.reuseTapes != null) {
                if (!$util.isObject(d.reuseTapes))
                    throw $TypeError(".afwire.ClientMessage.reuseTapes: object expected");
                m.reuseTapes = $root.afwire.CartridgeList.fromObject(d.reuseTapes, q + 1);
            }
            if (d.tapesReadOnly != null) {
                if (!$util.isObject(d.tapesReadOnly))
                    throw $TypeError(".afwire.ClientMessage.tapesReadOnly: object expected");
                m.tapesReadOnly = $root.afwire.CartridgeList.fromObject(d.tapesReadOnly, q + 1);
            }
            if (d.tapesReadWrite != null) {
                if (!$util.isObject(d.tapesReadWrite))
                    throw $TypeError(".afwire.ClientMessage.tapesReadWrite: object expected");
                m.tapesReadWrite = $root.afwire.CartridgeList.fromObject(d.tapesReadWrite, q + 1);
            }
            if (d.deleteClient != null) {
                if (!$util.isObject(d.deleteClient))
                    throw $TypeError(".afwire.ClientMessage.deleteClient: object expected");
                m.deleteClient = $root.afwire.DeleteClient.fromObject(d.deleteClient, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.ClientMessage
         * @static
         * @param {afwire.ClientMessage} m ClientMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.preciousTapes != null && $Object.hasOwnProperty.call(m, "preciousTapes")) {
                d.preciousTapes = $root.afwire.CartridgeList.toObject(m.preciousTapes, o, q + 1);
                if (o.oneofs)
                    d.kind = "preciousTapes";
            }
            if (m.reuseTapes != null && $Object.hasOwnProperty.call(m, "reuseTapes")) {
                d.reuseTapes = $root.afwire.CartridgeList.toObject(m.reuseTapes, o, q + 1);
                if (o.oneofs)
                    d.kind = "reuseTapes";
            }
            if (m.tapesReadOnly != null && $Object.hasOwnProperty.call(m, "tapesReadOnly")) {
                d.tapesReadOnly = $root.afwire.CartridgeList.toObject(m.tapesReadOnly, o, q + 1);
                if (o.oneofs)
                    d.kind = "tapesReadOnly";
            }
            if (m.tapesReadWrite != null && $Object.hasOwnProperty.call(m, "tapesReadWrite")) {
                d.tapesReadWrite = $root.afwire.CartridgeList.toObject(m.tapesReadWrite, o, q + 1);
                if (o.oneofs)
                    d.kind = "tapesReadWrite";
            }
            if (m.deleteClient != null && $Object.hasOwnProperty.call(m, "deleteClient")) {
                d.deleteClient = $root.afwire.DeleteClient.toObject(m.deleteClient, o, q + 1);
                if (o.oneofs)
                    d.kind = "deleteClient";
            }
            return d;
        };

        /**
         * Converts this ClientMessage to JSON.
         * @function toJSON
         * @memberof afwire.ClientMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientMessage.prototype.toJSON = function() {
            return ClientMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientMessage
         * @function getTypeUrl
         * @memberof afwire.ClientMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.ClientMessage";
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
         * Encodes the specified CartridgeList message, length delimited. Does not implicitly {@link afwire.CartridgeList.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CartridgeList
         * @static
         * @param {afwire.CartridgeList.$Properties} message CartridgeList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CartridgeList.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CartridgeList message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CartridgeList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CartridgeList & afwire.CartridgeList.$Shape} CartridgeList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CartridgeList.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CartridgeList message.
         * @function verify
         * @memberof afwire.CartridgeList
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CartridgeList.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridges != null && $Object.hasOwnProperty.call(m, "cartridges")) {
                if (!$Array.isArray(m.cartridges))
                    return "cartridges: array expected";
                for (var i = 0; i < m.cartridges.length; ++i) {
                    if (!$util.isInteger(m.cartridges[i]))
                        return "cartridges: integer[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a CartridgeList message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CartridgeList
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CartridgeList} CartridgeList
         */
        CartridgeList.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CartridgeList)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CartridgeList: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CartridgeList();
            if (d.cartridges) {
                if (!$Array.isArray(d.cartridges))
                    throw $TypeError(".afwire.CartridgeList.cartridges: array expected");
                m.cartridges = $Array(d.cartridges.length);
                for (var i = 0; i < d.cartridges.length; ++i) {
                    m.cartridges[i] = d.cartridges[i] >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CartridgeList message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CartridgeList
         * @static
         * @param {afwire.CartridgeList} m CartridgeList
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CartridgeList.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.cartridges = [];
            }
            if (m.cartridges && m.cartridges.length) {
                d.cartridges = $Array(m.cartridges.length);
                for (var j = 0; j < m.cartridges.length; ++j) {
                    d.cartridges[j] = m.cartridges[j];
                }
            }
            return d;
        };

        /**
         * Converts this CartridgeList to JSON.
         * @function toJSON
         * @memberof afwire.CartridgeList
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CartridgeList.prototype.toJSON = function() {
            return CartridgeList.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CartridgeList
         * @function getTypeUrl
         * @memberof afwire.CartridgeList
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CartridgeList.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CartridgeList";
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
         * Encodes the specified DeleteClient message, length delimited. Does not implicitly {@link afwire.DeleteClient.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.DeleteClient
         * @static
         * @param {afwire.DeleteClient.$Properties} message DeleteClient message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeleteClient.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a DeleteClient message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.DeleteClient
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.DeleteClient & afwire.DeleteClient.$Shape} DeleteClient
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeleteClient.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DeleteClient message.
         * @function verify
         * @memberof afwire.DeleteClient
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeleteClient.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                if (!$util.isString(m.clientId))
                    return "clientId: string expected";
            }
            return null;
        };

        /**
         * Creates a DeleteClient message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.DeleteClient
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.DeleteClient} DeleteClient
         */
        DeleteClient.fromObject = function (d, q) {
            if (d instanceof $root.afwire.DeleteClient)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.DeleteClient: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.DeleteClient();
            if (d.clientId != null) {
                if (typeof d.clientId !== "string" || d.clientId.length) {
                    m.clientId = $String(d.clientId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DeleteClient message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.DeleteClient
         * @static
         * @param {afwire.DeleteClient} m DeleteClient
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeleteClient.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.clientId = "";
            }
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                d.clientId = m.clientId;
            }
            return d;
        };

        /**
         * Converts this DeleteClient to JSON.
         * @function toJSON
         * @memberof afwire.DeleteClient
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DeleteClient.prototype.toJSON = function() {
            return DeleteClient.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DeleteClient
         * @function getTypeUrl
         * @memberof afwire.DeleteClient
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeleteClient.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.DeleteClient";
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
         * Encodes the specified RemoteStart message, length delimited. Does not implicitly {@link afwire.RemoteStart.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.RemoteStart
         * @static
         * @param {afwire.RemoteStart.$Properties} message RemoteStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoteStart.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a RemoteStart message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.RemoteStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.RemoteStart & afwire.RemoteStart.$Shape} RemoteStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoteStart.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RemoteStart message.
         * @function verify
         * @memberof afwire.RemoteStart
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RemoteStart.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.program != null && $Object.hasOwnProperty.call(m, "program")) {
                if (!$util.isString(m.program))
                    return "program: string expected";
            }
            if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                if (!$Array.isArray(m.args))
                    return "args: array expected";
                for (var i = 0; i < m.args.length; ++i) {
                    if (!$util.isString(m.args[i]))
                        return "args: string[] expected";
                }
            }
            if (m.quiet != null && $Object.hasOwnProperty.call(m, "quiet")) {
                if (typeof m.quiet !== "boolean")
                    return "quiet: boolean expected";
            }
            return null;
        };

        /**
         * Creates a RemoteStart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.RemoteStart
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.RemoteStart} RemoteStart
         */
        RemoteStart.fromObject = function (d, q) {
            if (d instanceof $root.afwire.RemoteStart)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.RemoteStart: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.RemoteStart();
            if (d.program != null) {
                if (typeof d.program !== "string" || d.program.length) {
                    m.program = $String(d.program);
                }
            }
            if (d.args) {
                if (!$Array.isArray(d.args))
                    throw $TypeError(".afwire.RemoteStart.args: array expected");
                m.args = $Array(d.args.length);
                for (var i = 0; i < d.args.length; ++i) {
                    m.args[i] = $String(d.args[i]);
                }
            }
            if (d.quiet != null) {
                if (d.quiet) {
                    m.quiet = $Boolean(d.quiet);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RemoteStart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.RemoteStart
         * @static
         * @param {afwire.RemoteStart} m RemoteStart
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoteStart.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.args = [];
            }
            if (o.defaults) {
                d.program = "";
                d.quiet = false;
            }
            if (m.program != null && $Object.hasOwnProperty.call(m, "program")) {
                d.program = m.program;
            }
            if (m.args && m.args.length) {
                d.args = $Array(m.args.length);
                for (var j = 0; j < m.args.length; ++j) {
                    d.args[j] = m.args[j];
                }
            }
            if (m.quiet != null && $Object.hasOwnProperty.call(m, "quiet")) {
                d.quiet = m.quiet;
            }
            return d;
        };

        /**
         * Converts this RemoteStart to JSON.
         * @function toJSON
         * @memberof afwire.RemoteStart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoteStart.prototype.toJSON = function() {
            return RemoteStart.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RemoteStart
         * @function getTypeUrl
         * @memberof afwire.RemoteStart
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RemoteStart.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.RemoteStart";
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
         * Encodes the specified Goodbye message, length delimited. Does not implicitly {@link afwire.Goodbye.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Goodbye
         * @static
         * @param {afwire.Goodbye.$Properties} message Goodbye message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Goodbye.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a Goodbye message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Goodbye
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Goodbye & afwire.Goodbye.$Shape} Goodbye
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Goodbye.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Goodbye message.
         * @function verify
         * @memberof afwire.Goodbye
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Goodbye.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a Goodbye message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Goodbye
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Goodbye} Goodbye
         */
        Goodbye.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Goodbye)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Goodbye: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.afwire.Goodbye();
        };

        /**
         * Creates a plain object from a Goodbye message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Goodbye
         * @static
         * @param {afwire.Goodbye} m Goodbye
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Goodbye.toObject = function () {
            return {};
        };

        /**
         * Converts this Goodbye to JSON.
         * @function toJSON
         * @memberof afwire.Goodbye
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Goodbye.prototype.toJSON = function() {
            return Goodbye.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Goodbye
         * @function getTypeUrl
         * @memberof afwire.Goodbye
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Goodbye.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Goodbye";
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
         * Encodes the specified CopyBegin message, length delimited. Does not implicitly {@link afwire.CopyBegin.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CopyBegin
         * @static
         * @param {afwire.CopyBegin.$Properties} message CopyBegin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyBegin.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CopyBegin message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CopyBegin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CopyBegin & afwire.CopyBegin.$Shape} CopyBegin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyBegin.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CopyBegin message.
         * @function verify
         * @memberof afwire.CopyBegin
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CopyBegin.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            if (m.original != null && $Object.hasOwnProperty.call(m, "original")) {
                if (!$util.isInteger(m.original))
                    return "original: integer expected";
            }
            if (m.sourceServer != null && $Object.hasOwnProperty.call(m, "sourceServer")) {
                if (!$util.isString(m.sourceServer))
                    return "sourceServer: string expected";
            }
            if (m.firstTapeFile != null && $Object.hasOwnProperty.call(m, "firstTapeFile")) {
                if (!$util.isInteger(m.firstTapeFile))
                    return "firstTapeFile: integer expected";
            }
            return null;
        };

        /**
         * Creates a CopyBegin message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CopyBegin
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CopyBegin} CopyBegin
         */
        CopyBegin.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CopyBegin)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CopyBegin: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CopyBegin();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            if (d.original != null) {
                if ($Number(d.original) !== 0) {
                    m.original = d.original >>> 0;
                }
            }
            if (d.sourceServer != null) {
                if (typeof d.sourceServer !== "string" || d.sourceServer.length) {
                    m.sourceServer = $String(d.sourceServer);
                }
            }
            if (d.firstTapeFile != null) {
                if ($Number(d.firstTapeFile) !== 0) {
                    m.firstTapeFile = d.firstTapeFile >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CopyBegin message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CopyBegin
         * @static
         * @param {afwire.CopyBegin} m CopyBegin
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CopyBegin.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridge = 0;
                d.original = 0;
                d.sourceServer = "";
                d.firstTapeFile = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            if (m.original != null && $Object.hasOwnProperty.call(m, "original")) {
                d.original = m.original;
            }
            if (m.sourceServer != null && $Object.hasOwnProperty.call(m, "sourceServer")) {
                d.sourceServer = m.sourceServer;
            }
            if (m.firstTapeFile != null && $Object.hasOwnProperty.call(m, "firstTapeFile")) {
                d.firstTapeFile = m.firstTapeFile;
            }
            return d;
        };

        /**
         * Converts this CopyBegin to JSON.
         * @function toJSON
         * @memberof afwire.CopyBegin
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CopyBegin.prototype.toJSON = function() {
            return CopyBegin.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CopyBegin
         * @function getTypeUrl
         * @memberof afwire.CopyBegin
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CopyBegin.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CopyBegin";
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
         * Encodes the specified CopyTapeFile message, length delimited. Does not implicitly {@link afwire.CopyTapeFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {afwire.CopyTapeFile.$Properties} message CopyTapeFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyTapeFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CopyTapeFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CopyTapeFile & afwire.CopyTapeFile.$Shape} CopyTapeFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyTapeFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CopyTapeFile message.
         * @function verify
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CopyTapeFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            if (m.filemark != null && $Object.hasOwnProperty.call(m, "filemark")) {
                if (typeof m.filemark !== "boolean")
                    return "filemark: boolean expected";
            }
            return null;
        };

        /**
         * Creates a CopyTapeFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CopyTapeFile} CopyTapeFile
         */
        CopyTapeFile.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CopyTapeFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CopyTapeFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CopyTapeFile();
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            if (d.filemark != null) {
                if (d.filemark) {
                    m.filemark = $Boolean(d.filemark);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CopyTapeFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {afwire.CopyTapeFile} m CopyTapeFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CopyTapeFile.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tapeFile = 0;
                d.filemark = false;
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            if (m.filemark != null && $Object.hasOwnProperty.call(m, "filemark")) {
                d.filemark = m.filemark;
            }
            return d;
        };

        /**
         * Converts this CopyTapeFile to JSON.
         * @function toJSON
         * @memberof afwire.CopyTapeFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CopyTapeFile.prototype.toJSON = function() {
            return CopyTapeFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CopyTapeFile
         * @function getTypeUrl
         * @memberof afwire.CopyTapeFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CopyTapeFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CopyTapeFile";
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
         * Encodes the specified CopyCommit message, length delimited. Does not implicitly {@link afwire.CopyCommit.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CopyCommit
         * @static
         * @param {afwire.CopyCommit.$Properties} message CopyCommit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyCommit.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CopyCommit message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CopyCommit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CopyCommit & afwire.CopyCommit.$Shape} CopyCommit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyCommit.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CopyCommit message.
         * @function verify
         * @memberof afwire.CopyCommit
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CopyCommit.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.expected != null && $Object.hasOwnProperty.call(m, "expected")) {
                if (!$Array.isArray(m.expected))
                    return "expected: array expected";
                for (var i = 0; i < m.expected.length; ++i) {
                    {
                        var e = $root.afwire.TapeFileDigest.verify(m.expected[i], q + 1);
                        if (e)
                            return "expected." + e;
                    }
                }
            }
            if (m.backups != null && $Object.hasOwnProperty.call(m, "backups")) {
                if (!$Array.isArray(m.backups))
                    return "backups: array expected";
                for (var i = 0; i < m.backups.length; ++i) {
                    {
                        var e = $root.afwire.CopiedBackup.verify(m.backups[i], q + 1);
                        if (e)
                            return "backups." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a CopyCommit message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CopyCommit
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CopyCommit} CopyCommit
         */
        CopyCommit.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CopyCommit)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CopyCommit: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CopyCommit();
            if (d.expected) {
                if (!$Array.isArray(d.expected))
                    throw $TypeError(".afwire.CopyCommit.expected: array expected");
                m.expected = $Array(d.expected.length);
                for (var i = 0; i < d.expected.length; ++i) {
                    if (!$util.isObject(d.expected[i]))
                        throw $TypeError(".afwire.CopyCommit.expected: object expected");
                    m.expected[i] = $root.afwire.TapeFileDigest.fromObject(d.expected[i], q + 1);
                }
            }
            if (d.backups) {
                if (!$Array.isArray(d.backups))
                    throw $TypeError(".afwire.CopyCommit.backups: array expected");
                m.backups = $Array(d.backups.length);
                for (var i = 0; i < d.backups.length; ++i) {
                    if (!$util.isObject(d.backups[i]))
                        throw $TypeError(".afwire.CopyCommit.backups: object expected");
                    m.backups[i] = $root.afwire.CopiedBackup.fromObject(d.backups[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CopyCommit message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CopyCommit
         * @static
         * @param {afwire.CopyCommit} m CopyCommit
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CopyCommit.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.expected = [];
                d.backups = [];
            }
            if (m.expected && m.expected.length) {
                d.expected = $Array(m.expected.length);
                for (var j = 0; j < m.expected.length; ++j) {
                    d.expected[j] = $root.afwire.TapeFileDigest.toObject(m.expected[j], o, q + 1);
                }
            }
            if (m.backups && m.backups.length) {
                d.backups = $Array(m.backups.length);
                for (var j = 0; j < m.backups.length; ++j) {
                    d.backups[j] = $root.afwire.CopiedBackup.toObject(m.backups[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this CopyCommit to JSON.
         * @function toJSON
         * @memberof afwire.CopyCommit
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CopyCommit.prototype.toJSON = function() {
            return CopyCommit.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CopyCommit
         * @function getTypeUrl
         * @memberof afwire.CopyCommit
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CopyCommit.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CopyCommit";
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
         * Encodes the specified TapeFileDigest message, length delimited. Does not implicitly {@link afwire.TapeFileDigest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {afwire.TapeFileDigest.$Properties} message TapeFileDigest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TapeFileDigest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a TapeFileDigest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.TapeFileDigest & afwire.TapeFileDigest.$Shape} TapeFileDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TapeFileDigest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TapeFileDigest message.
         * @function verify
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TapeFileDigest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                if (!$util.isInteger(m.records) && !(m.records && $util.isInteger(m.records.low) && $util.isInteger(m.records.high)))
                    return "records: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                if (!(m.sha256 && typeof m.sha256.length === "number" || $util.isString(m.sha256)))
                    return "sha256: buffer expected";
            }
            return null;
        };

        /**
         * Creates a TapeFileDigest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.TapeFileDigest} TapeFileDigest
         */
        TapeFileDigest.fromObject = function (d, q) {
            if (d instanceof $root.afwire.TapeFileDigest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.TapeFileDigest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.TapeFileDigest();
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            if (d.records != null) {
                if (typeof d.records === "object" ? d.records.low || d.records.high : $Number(d.records) !== 0) {
                    if ($util.Long)
                        m.records = $util.Long.fromValue(d.records, true);
                    else if (typeof d.records === "string")
                        m.records = $parseInt(d.records, 10);
                    else if (typeof d.records === "number")
                        m.records = d.records;
                    else if (typeof d.records === "object")
                        m.records = new $util.LongBits(d.records.low >>> 0, d.records.high >>> 0).toNumber(true);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.sha256 != null) {
                if (d.sha256.length) {
                    if (typeof d.sha256 === "string")
                        $util.base64.decode(d.sha256, m.sha256 = $util.newBuffer($util.base64.length(d.sha256)), 0);
                    else if (d.sha256.length >= 0)
                        m.sha256 = d.sha256;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TapeFileDigest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {afwire.TapeFileDigest} m TapeFileDigest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TapeFileDigest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tapeFile = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.records = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.records = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.sha256 = "";
                else {
                    d.sha256 = [];
                    if (o.bytes !== $Array)
                        d.sha256 = $util.newBuffer(d.sha256);
                }
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.records = typeof m.records === "number" ? $BigInt(m.records) : $util.Long.fromBits(m.records.low >>> 0, m.records.high >>> 0, true).toBigInt();
                else if (typeof m.records === "number")
                    d.records = o.longs === $String ? $String(m.records) : m.records;
                else
                    d.records = o.longs === $String ? $util.Long.prototype.toString.call(m.records) : o.longs === $Number ? new $util.LongBits(m.records.low >>> 0, m.records.high >>> 0).toNumber(true) : m.records;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                d.sha256 = o.bytes === $String ? $util.base64.encode(m.sha256, 0, m.sha256.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.sha256) : m.sha256;
            }
            return d;
        };

        /**
         * Converts this TapeFileDigest to JSON.
         * @function toJSON
         * @memberof afwire.TapeFileDigest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TapeFileDigest.prototype.toJSON = function() {
            return TapeFileDigest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TapeFileDigest
         * @function getTypeUrl
         * @memberof afwire.TapeFileDigest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TapeFileDigest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.TapeFileDigest";
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
         * Encodes the specified CopiedBackup message, length delimited. Does not implicitly {@link afwire.CopiedBackup.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CopiedBackup
         * @static
         * @param {afwire.CopiedBackup.$Properties} message CopiedBackup message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopiedBackup.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CopiedBackup message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CopiedBackup
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CopiedBackup & afwire.CopiedBackup.$Shape} CopiedBackup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopiedBackup.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CopiedBackup message.
         * @function verify
         * @memberof afwire.CopiedBackup
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CopiedBackup.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                if (!$util.isString(m.clientId))
                    return "clientId: string expected";
            }
            if (m.sessionStarted != null && $Object.hasOwnProperty.call(m, "sessionStarted")) {
                if (!$util.isInteger(m.sessionStarted) && !(m.sessionStarted && $util.isInteger(m.sessionStarted.low) && $util.isInteger(m.sessionStarted.high)))
                    return "sessionStarted: integer|Long expected";
            }
            if (m.sessionFinished != null && $Object.hasOwnProperty.call(m, "sessionFinished")) {
                if (!$util.isInteger(m.sessionFinished) && !(m.sessionFinished && $util.isInteger(m.sessionFinished.low) && $util.isInteger(m.sessionFinished.high)))
                    return "sessionFinished: integer|Long expected";
            }
            if (m.sessionState != null && $Object.hasOwnProperty.call(m, "sessionState")) {
                if (!$util.isString(m.sessionState))
                    return "sessionState: string expected";
            }
            if (m.sessionBytes != null && $Object.hasOwnProperty.call(m, "sessionBytes")) {
                if (!$util.isInteger(m.sessionBytes) && !(m.sessionBytes && $util.isInteger(m.sessionBytes.low) && $util.isInteger(m.sessionBytes.high)))
                    return "sessionBytes: integer|Long expected";
            }
            if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                if (!$util.isInteger(m.sequence))
                    return "sequence: integer expected";
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (!$util.isString(m.kind))
                    return "kind: string expected";
            }
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset")) {
                if (!$util.isInteger(m.streamOffset) && !(m.streamOffset && $util.isInteger(m.streamOffset.low) && $util.isInteger(m.streamOffset.high)))
                    return "streamOffset: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.blocks != null && $Object.hasOwnProperty.call(m, "blocks")) {
                if (!$util.isInteger(m.blocks) && !(m.blocks && $util.isInteger(m.blocks.low) && $util.isInteger(m.blocks.high)))
                    return "blocks: integer|Long expected";
            }
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize")) {
                if (!$util.isInteger(m.blockSize))
                    return "blockSize: integer expected";
            }
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock")) {
                if (!$util.isInteger(m.payloadPerBlock))
                    return "payloadPerBlock: integer expected";
            }
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes")) {
                if (!$util.isInteger(m.headerBytes))
                    return "headerBytes: integer expected";
            }
            if (m.complete != null && $Object.hasOwnProperty.call(m, "complete")) {
                if (typeof m.complete !== "boolean")
                    return "complete: boolean expected";
            }
            if (m.written != null && $Object.hasOwnProperty.call(m, "written")) {
                if (!$util.isInteger(m.written) && !(m.written && $util.isInteger(m.written.low) && $util.isInteger(m.written.high)))
                    return "written: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CopiedBackup message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CopiedBackup
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CopiedBackup} CopiedBackup
         */
        CopiedBackup.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CopiedBackup)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CopiedBackup: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CopiedBackup();
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            if (d.clientId != null) {
                if (typeof d.clientId !== "string" || d.clientId.length) {
                    m.clientId = $String(d.clientId);
                }
            }
            if (d.sessionStarted != null) {
                if (typeof d.sessionStarted === "object" ? d.sessionStarted.low || d.sessionStarted.high : $Number(d.sessionStarted) !== 0) {
                    if ($util.Long)
                        m.sessionStarted = $util.Long.fromValue(d.sessionStarted, true);
                    else if (typeof d.sessionStarted === "string")
                        m.sessionStarted = $parseInt(d.sessionStarted, 10);
                    else if (typeof d.sessionStarted === "number")
                        m.sessionStarted = d.sessionStarted;
                    else if (typeof d.sessionStarted === "object")
                        m.sessionStarted = new $util.LongBits(d.sessionStarted.low >>> 0, d.sessionStarted.high >>> 0).toNumber(true);
                }
            }
            if (d.sessionFinished != null) {
                if (typeof d.sessionFinished === "object" ? d.sessionFinished.low || d.sessionFinished.high : $Number(d.sessionFinished) !== 0) {
                    if ($util.Long)
                        m.sessionFinished = $util.Long.fromValue(d.sessionFinished, true);
                    else if (typeof d.sessionFinished === "string")
                        m.sessionFinished = $parseInt(d.sessionFinished, 10);
                    else if (typeof d.sessionFinished === "number")
                        m.sessionFinished = d.sessionFinished;
                    else if (typeof d.sessionFinished === "object")
                        m.sessionFinished = new $util.LongBits(d.sessionFinished.low >>> 0, d.sessionFinished.high >>> 0).toNumber(true);
                }
            }
            if (d.sessionState != null) {
                if (typeof d.sessionState !== "string" || d.sessionState.length) {
                    m.sessionState = $String(d.sessionState);
                }
            }
            if (d.sessionBytes != null) {
                if (typeof d.sessionBytes === "object" ? d.sessionBytes.low || d.sessionBytes.high : $Number(d.sessionBytes) !== 0) {
                    if ($util.Long)
                        m.sessionBytes = $util.Long.fromValue(d.sessionBytes, true);
                    else if (typeof d.sessionBytes === "string")
                        m.sessionBytes = $parseInt(d.sessionBytes, 10);
                    else if (typeof d.sessionBytes === "number")
                        m.sessionBytes = d.sessionBytes;
                    else if (typeof d.sessionBytes === "object")
                        m.sessionBytes = new $util.LongBits(d.sessionBytes.low >>> 0, d.sessionBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.sequence != null) {
                if ($Number(d.sequence) !== 0) {
                    m.sequence = d.sequence >>> 0;
                }
            }
            if (d.kind != null) {
                if (typeof d.kind !== "string" || d.kind.length) {
                    m.kind = $String(d.kind);
                }
            }
            if (d.streamOffset != null) {
                if (typeof d.streamOffset === "object" ? d.streamOffset.low || d.streamOffset.high : $Number(d.streamOffset) !== 0) {
                    if ($util.Long)
                        m.streamOffset = $util.Long.fromValue(d.streamOffset, true);
                    else if (typeof d.streamOffset === "string")
                        m.streamOffset = $parseInt(d.streamOffset, 10);
                    else if (typeof d.streamOffset === "number")
                        m.streamOffset = d.streamOffset;
                    else if (typeof d.streamOffset === "object")
                        m.streamOffset = new $util.LongBits(d.streamOffset.low >>> 0, d.streamOffset.high >>> 0).toNumber(true);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.blocks != null) {
                if (typeof d.blocks === "object" ? d.blocks.low || d.blocks.high : $Number(d.blocks) !== 0) {
                    if ($util.Long)
                        m.blocks = $util.Long.fromValue(d.blocks, true);
                    else if (typeof d.blocks === "string")
                        m.blocks = $parseInt(d.blocks, 10);
                    else if (typeof d.blocks === "number")
                        m.blocks = d.blocks;
                    else if (typeof d.blocks === "object")
                        m.blocks = new $util.LongBits(d.blocks.low >>> 0, d.blocks.high >>> 0).toNumber(true);
                }
            }
            if (d.blockSize != null) {
                if ($Number(d.blockSize) !== 0) {
                    m.blockSize = d.blockSize >>> 0;
                }
            }
            if (d.payloadPerBlock != null) {
                if ($Number(d.payloadPerBlock) !== 0) {
                    m.payloadPerBlock = d.payloadPerBlock >>> 0;
                }
            }
            if (d.headerBytes != null) {
                if ($Number(d.headerBytes) !== 0) {
                    m.headerBytes = d.headerBytes >>> 0;
                }
            }
            if (d.complete != null) {
                if (d.complete) {
                    m.complete = $Boolean(d.complete);
                }
            }
            if (d.written != null) {
                if (typeof d.written === "object" ? d.written.low || d.written.high : $Number(d.written) !== 0) {
                    if ($util.Long)
                        m.written = $util.Long.fromValue(d.written, true);
                    else if (typeof d.written === "string")
                        m.written = $parseInt(d.written, 10);
                    else if (typeof d.written === "number")
                        m.written = d.written;
                    else if (typeof d.written === "object")
                        m.written = new $util.LongBits(d.written.low >>> 0, d.written.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CopiedBackup message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CopiedBackup
         * @static
         * @param {afwire.CopiedBackup} m CopiedBackup
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CopiedBackup.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tapeFile = 0;
                d.clientId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.sessionStarted = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sessionStarted = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.sessionFinished = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sessionFinished = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.sessionState = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.sessionBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sessionBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.sequence = 0;
                d.kind = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.streamOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.streamOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.blocks = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.blocks = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.blockSize = 0;
                d.payloadPerBlock = 0;
                d.headerBytes = 0;
                d.complete = false;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.written = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.written = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                d.clientId = m.clientId;
            }
            if (m.sessionStarted != null && $Object.hasOwnProperty.call(m, "sessionStarted")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sessionStarted = typeof m.sessionStarted === "number" ? $BigInt(m.sessionStarted) : $util.Long.fromBits(m.sessionStarted.low >>> 0, m.sessionStarted.high >>> 0, true).toBigInt();
                else if (typeof m.sessionStarted === "number")
                    d.sessionStarted = o.longs === $String ? $String(m.sessionStarted) : m.sessionStarted;
                else
                    d.sessionStarted = o.longs === $String ? $util.Long.prototype.toString.call(m.sessionStarted) : o.longs === $Number ? new $util.LongBits(m.sessionStarted.low >>> 0, m.sessionStarted.high >>> 0).toNumber(true) : m.sessionStarted;
            }
            if (m.sessionFinished != null && $Object.hasOwnProperty.call(m, "sessionFinished")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sessionFinished = typeof m.sessionFinished === "number" ? $BigInt(m.sessionFinished) : $util.Long.fromBits(m.sessionFinished.low >>> 0, m.sessionFinished.high >>> 0, true).toBigInt();
                else if (typeof m.sessionFinished === "number")
                    d.sessionFinished = o.longs === $String ? $String(m.sessionFinished) : m.sessionFinished;
                else
                    d.sessionFinished = o.longs === $String ? $util.Long.prototype.toString.call(m.sessionFinished) : o.longs === $Number ? new $util.LongBits(m.sessionFinished.low >>> 0, m.sessionFinished.high >>> 0).toNumber(true) : m.sessionFinished;
            }
            if (m.sessionState != null && $Object.hasOwnProperty.call(m, "sessionState")) {
                d.sessionState = m.sessionState;
            }
            if (m.sessionBytes != null && $Object.hasOwnProperty.call(m, "sessionBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sessionBytes = typeof m.sessionBytes === "number" ? $BigInt(m.sessionBytes) : $util.Long.fromBits(m.sessionBytes.low >>> 0, m.sessionBytes.high >>> 0, true).toBigInt();
                else if (typeof m.sessionBytes === "number")
                    d.sessionBytes = o.longs === $String ? $String(m.sessionBytes) : m.sessionBytes;
                else
                    d.sessionBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.sessionBytes) : o.longs === $Number ? new $util.LongBits(m.sessionBytes.low >>> 0, m.sessionBytes.high >>> 0).toNumber(true) : m.sessionBytes;
            }
            if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                d.sequence = m.sequence;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = m.kind;
            }
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.streamOffset = typeof m.streamOffset === "number" ? $BigInt(m.streamOffset) : $util.Long.fromBits(m.streamOffset.low >>> 0, m.streamOffset.high >>> 0, true).toBigInt();
                else if (typeof m.streamOffset === "number")
                    d.streamOffset = o.longs === $String ? $String(m.streamOffset) : m.streamOffset;
                else
                    d.streamOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.streamOffset) : o.longs === $Number ? new $util.LongBits(m.streamOffset.low >>> 0, m.streamOffset.high >>> 0).toNumber(true) : m.streamOffset;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.blocks != null && $Object.hasOwnProperty.call(m, "blocks")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.blocks = typeof m.blocks === "number" ? $BigInt(m.blocks) : $util.Long.fromBits(m.blocks.low >>> 0, m.blocks.high >>> 0, true).toBigInt();
                else if (typeof m.blocks === "number")
                    d.blocks = o.longs === $String ? $String(m.blocks) : m.blocks;
                else
                    d.blocks = o.longs === $String ? $util.Long.prototype.toString.call(m.blocks) : o.longs === $Number ? new $util.LongBits(m.blocks.low >>> 0, m.blocks.high >>> 0).toNumber(true) : m.blocks;
            }
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize")) {
                d.blockSize = m.blockSize;
            }
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock")) {
                d.payloadPerBlock = m.payloadPerBlock;
            }
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes")) {
                d.headerBytes = m.headerBytes;
            }
            if (m.complete != null && $Object.hasOwnProperty.call(m, "complete")) {
                d.complete = m.complete;
            }
            if (m.written != null && $Object.hasOwnProperty.call(m, "written")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.written = typeof m.written === "number" ? $BigInt(m.written) : $util.Long.fromBits(m.written.low >>> 0, m.written.high >>> 0, true).toBigInt();
                else if (typeof m.written === "number")
                    d.written = o.longs === $String ? $String(m.written) : m.written;
                else
                    d.written = o.longs === $String ? $util.Long.prototype.toString.call(m.written) : o.longs === $Number ? new $util.LongBits(m.written.low >>> 0, m.written.high >>> 0).toNumber(true) : m.written;
            }
            return d;
        };

        /**
         * Converts this CopiedBackup to JSON.
         * @function toJSON
         * @memberof afwire.CopiedBackup
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CopiedBackup.prototype.toJSON = function() {
            return CopiedBackup.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CopiedBackup
         * @function getTypeUrl
         * @memberof afwire.CopiedBackup
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CopiedBackup.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CopiedBackup";
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
         * Encodes the specified CopyReport message, length delimited. Does not implicitly {@link afwire.CopyReport.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.CopyReport
         * @static
         * @param {afwire.CopyReport.$Properties} message CopyReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CopyReport.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a CopyReport message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.CopyReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.CopyReport & afwire.CopyReport.$Shape} CopyReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CopyReport.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CopyReport message.
         * @function verify
         * @memberof afwire.CopyReport
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CopyReport.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            if (m.barcode != null && $Object.hasOwnProperty.call(m, "barcode")) {
                if (!$util.isString(m.barcode))
                    return "barcode: string expected";
            }
            if (m.secondary != null && $Object.hasOwnProperty.call(m, "secondary")) {
                if (!$util.isInteger(m.secondary))
                    return "secondary: integer expected";
            }
            if (m.tapeFiles != null && $Object.hasOwnProperty.call(m, "tapeFiles")) {
                if (!$Array.isArray(m.tapeFiles))
                    return "tapeFiles: array expected";
                for (var i = 0; i < m.tapeFiles.length; ++i) {
                    {
                        var e = $root.afwire.TapeFileDigest.verify(m.tapeFiles[i], q + 1);
                        if (e)
                            return "tapeFiles." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a CopyReport message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.CopyReport
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.CopyReport} CopyReport
         */
        CopyReport.fromObject = function (d, q) {
            if (d instanceof $root.afwire.CopyReport)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.CopyReport: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.CopyReport();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            if (d.barcode != null) {
                if (typeof d.barcode !== "string" || d.barcode.length) {
                    m.barcode = $String(d.barcode);
                }
            }
            if (d.secondary != null) {
                if ($Number(d.secondary) !== 0) {
                    m.secondary = d.secondary >>> 0;
                }
            }
            if (d.tapeFiles) {
                if (!$Array.isArray(d.tapeFiles))
                    throw $TypeError(".afwire.CopyReport.tapeFiles: array expected");
                m.tapeFiles = $Array(d.tapeFiles.length);
                for (var i = 0; i < d.tapeFiles.length; ++i) {
                    if (!$util.isObject(d.tapeFiles[i]))
                        throw $TypeError(".afwire.CopyReport.tapeFiles: object expected");
                    m.tapeFiles[i] = $root.afwire.TapeFileDigest.fromObject(d.tapeFiles[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CopyReport message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.CopyReport
         * @static
         * @param {afwire.CopyReport} m CopyReport
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CopyReport.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tapeFiles = [];
            }
            if (o.defaults) {
                d.cartridge = 0;
                d.barcode = "";
                d.secondary = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            if (m.barcode != null && $Object.hasOwnProperty.call(m, "barcode")) {
                d.barcode = m.barcode;
            }
            if (m.secondary != null && $Object.hasOwnProperty.call(m, "secondary")) {
                d.secondary = m.secondary;
            }
            if (m.tapeFiles && m.tapeFiles.length) {
                d.tapeFiles = $Array(m.tapeFiles.length);
                for (var j = 0; j < m.tapeFiles.length; ++j) {
                    d.tapeFiles[j] = $root.afwire.TapeFileDigest.toObject(m.tapeFiles[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this CopyReport to JSON.
         * @function toJSON
         * @memberof afwire.CopyReport
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CopyReport.prototype.toJSON = function() {
            return CopyReport.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CopyReport
         * @function getTypeUrl
         * @memberof afwire.CopyReport
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CopyReport.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.CopyReport";
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
         * Encodes the specified Response message, length delimited. Does not implicitly {@link afwire.Response.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.Response
         * @static
         * @param {afwire.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.Response & afwire.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Response message.
         * @function verify
         * @memberof afwire.Response
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Response.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isInteger(m.id))
                    return "id: integer expected";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                    return "status: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows")) {
                if (typeof m.dataFollows !== "boolean")
                    return "dataFollows: boolean expected";
            }
            if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                p.result = 1;
                {
                    var e = $root.afwire.WritePosition.verify(m.position, q + 1);
                    if (e)
                        return "position." + e;
                }
            }
            if (m.writeResult != null && $Object.hasOwnProperty.call(m, "writeResult")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.afwire.WriteResult.verify(m.writeResult, q + 1);
                    if (e)
                        return "writeResult." + e;
                }
            }
            if (m.streamerState != null && $Object.hasOwnProperty.call(m, "streamerState")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.afwire.StreamerStateInfo.verify(m.streamerState, q + 1);
                    if (e)
                        return "streamerState." + e;
                }
            }
            if (m.headers != null && $Object.hasOwnProperty.call(m, "headers")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.afwire.BackupHeaderList.verify(m.headers, q + 1);
                    if (e)
                        return "headers." + e;
                }
            }
            if (m.session != null && $Object.hasOwnProperty.call(m, "session")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.afwire.SessionSummary.verify(m.session, q + 1);
                    if (e)
                        return "session." + e;
                }
            }
            if (m.copy != null && $Object.hasOwnProperty.call(m, "copy")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.afwire.CopyReport.verify(m.copy, q + 1);
                    if (e)
                        return "copy." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Response message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.Response
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.Response} Response
         */
        Response.fromObject = function (d, q) {
            if (d instanceof $root.afwire.Response)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.Response: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.Response();
            if (d.id != null) {
                if ($Number(d.id) !== 0) {
                    m.id = d.id >>> 0;
                }
            }
            if (d.status !== 0 && (typeof d.status !== "string" || $root.afwire.Status[d.status] !== 0)) {
                switch (d.status) {
                case "OK":
                case 0:
                    m.status = 0;
                    break;
                case "ERROR":
                case 1:
                    m.status = 1;
                    break;
                case "BAD_REQUEST":
                case 2:
                    m.status = 2;
                    break;
                case "VERSION_MISMATCH":
                case 3:
                    m.status = 3;
                    break;
                case "AUTH_FAILED":
                case 4:
                    m.status = 4;
                    break;
                case "DEVICE_IN_USE":
                case 5:
                    m.status = 5;
                    break;
                case "SERVICE_IN_USE":
                case 6:
                    m.status = 6;
                    break;
                case "END_OF_TAPE":
                case 7:
                    m.status = 7;
                    break;
                case "END_OF_FILE":
                case 8:
                    m.status = 8;
                    break;
                case "INVALID_CARTRIDGE":
                case 9:
                    m.status = 9;
                    break;
                case "INVALID_TAPE_FILE":
                case 10:
                    m.status = 10;
                    break;
                case "CARTRIDGE_SET_DENIED":
                case 11:
                    m.status = 11;
                    break;
                case "CLIENT_NOT_UNIQUE":
                case 12:
                    m.status = 12;
                    break;
                case "TOO_MANY_CLIENTS":
                case 13:
                    m.status = 13;
                    break;
                case "NOT_OPEN":
                case 14:
                    m.status = 14;
                    break;
                case "DEVICE_UNAVAILABLE":
                case 15:
                    m.status = 15;
                    break;
                case "PROGRAM_NOT_FOUND":
                case 16:
                    m.status = 16;
                    break;
                case "SHUTTING_DOWN":
                case 17:
                    m.status = 17;
                    break;
                case "PROTOCOL_ERROR":
                case 18:
                    m.status = 18;
                    break;
                case "UNSUPPORTED":
                case 19:
                    m.status = 19;
                    break;
                case "TAPE_ERROR":
                case 20:
                    m.status = 20;
                    break;
                default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                        m.status = d.status;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.dataFollows != null) {
                if (d.dataFollows) {
                    m.dataFollows = $Boolean(d.dataFollows);
                }
            }
            if (d.position != null) {
                if (!$util.isObject(d.position))
                    throw $TypeError(".afwire.Response.position: object expected");
                m.position = $root.afwire.WritePosition.fromObject(d.position, q + 1);
            }
            if (d.writeResult != null) {
                if (!$util.isObject(d.writeResult))
                    throw $TypeError(".afwire.Response.writeResult: object expected");
                m.writeResult = $root.afwire.WriteResult.fromObject(d.writeResult, q + 1);
            }
            if (d.streamerState != null) {
                if (!$util.isObject(d.streamerState))
                    throw $TypeError(".afwire.Response.streamerState: object expected");
                m.streamerState = $root.afwire.StreamerStateInfo.fromObject(d.streamerState, q + 1);
            }
            if (d.headers != null) {
                if (!$util.isObject(d.headers))
                    throw $TypeError(".afwire.Response.headers: object expected");
                m.headers = $root.afwire.BackupHeaderList.fromObject(d.headers, q + 1);
            }
            if (d.session != null) {
                if (!$util.isObject(d.session))
                    throw $TypeError(".afwire.Response.session: object expected");
                m.session = $root.afwire.SessionSummary.fromObject(d.session, q + 1);
            }
            if (d.copy != null) {
                if (!$util.isObject(d.copy))
                    throw $TypeError(".afwire.Response.copy: object expected");
                m.copy = $root.afwire.CopyReport.fromObject(d.copy, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Response message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.Response
         * @static
         * @param {afwire.Response} m Response
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Response.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = 0;
                d.status = o.enums === $String ? "OK" : 0;
                d.message = "";
                d.dataFollows = false;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === $String ? $root.afwire.Status[m.status] === $undefined ? m.status : $root.afwire.Status[m.status] : m.status;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.dataFollows != null && $Object.hasOwnProperty.call(m, "dataFollows")) {
                d.dataFollows = m.dataFollows;
            }
            if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                d.position = $root.afwire.WritePosition.toObject(m.position, o, q + 1);
                if (o.oneofs)
                    d.result = "position";
            }
            if (m.writeResult != null && $Object.hasOwnProperty.call(m, "writeResult")) {
                d.writeResult = $root.afwire.WriteResult.toObject(m.writeResult, o, q + 1);
                if (o.oneofs)
                    d.result = "writeResult";
            }
            if (m.streamerState != null && $Object.hasOwnProperty.call(m, "streamerState")) {
                d.streamerState = $root.afwire.StreamerStateInfo.toObject(m.streamerState, o, q + 1);
                if (o.oneofs)
                    d.result = "streamerState";
            }
            if (m.headers != null && $Object.hasOwnProperty.call(m, "headers")) {
                d.headers = $root.afwire.BackupHeaderList.toObject(m.headers, o, q + 1);
                if (o.oneofs)
                    d.result = "headers";
            }
            if (m.session != null && $Object.hasOwnProperty.call(m, "session")) {
                d.session = $root.afwire.SessionSummary.toObject(m.session, o, q + 1);
                if (o.oneofs)
                    d.result = "session";
            }
            if (m.copy != null && $Object.hasOwnProperty.call(m, "copy")) {
                d.copy = $root.afwire.CopyReport.toObject(m.copy, o, q + 1);
                if (o.oneofs)
                    d.result = "copy";
            }
            return d;
        };

        /**
         * Converts this Response to JSON.
         * @function toJSON
         * @memberof afwire.Response
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Response.prototype.toJSON = function() {
            return Response.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Response
         * @function getTypeUrl
         * @memberof afwire.Response
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Response.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.Response";
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
         * Encodes the specified WriteResult message, length delimited. Does not implicitly {@link afwire.WriteResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.WriteResult
         * @static
         * @param {afwire.WriteResult.$Properties} message WriteResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a WriteResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.WriteResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.WriteResult & afwire.WriteResult.$Shape} WriteResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WriteResult message.
         * @function verify
         * @memberof afwire.WriteResult
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WriteResult.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                {
                    var e = $root.afwire.WritePosition.verify(m.start, q + 1);
                    if (e)
                        return "start." + e;
                }
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a WriteResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.WriteResult
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.WriteResult} WriteResult
         */
        WriteResult.fromObject = function (d, q) {
            if (d instanceof $root.afwire.WriteResult)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.WriteResult: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.WriteResult();
            if (d.start != null) {
                if (!$util.isObject(d.start))
                    throw $TypeError(".afwire.WriteResult.start: object expected");
                m.start = $root.afwire.WritePosition.fromObject(d.start, q + 1);
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WriteResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.WriteResult
         * @static
         * @param {afwire.WriteResult} m WriteResult
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WriteResult.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.start = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                d.start = $root.afwire.WritePosition.toObject(m.start, o, q + 1);
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            return d;
        };

        /**
         * Converts this WriteResult to JSON.
         * @function toJSON
         * @memberof afwire.WriteResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WriteResult.prototype.toJSON = function() {
            return WriteResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WriteResult
         * @function getTypeUrl
         * @memberof afwire.WriteResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WriteResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.WriteResult";
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
         * Encodes the specified TapeFileExtent message, length delimited. Does not implicitly {@link afwire.TapeFileExtent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {afwire.TapeFileExtent.$Properties} message TapeFileExtent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TapeFileExtent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a TapeFileExtent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.TapeFileExtent & afwire.TapeFileExtent.$Shape} TapeFileExtent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TapeFileExtent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TapeFileExtent message.
         * @function verify
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TapeFileExtent.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                if (!$util.isInteger(m.cartridge))
                    return "cartridge: integer expected";
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                if (!$util.isInteger(m.tapeFile))
                    return "tapeFile: integer expected";
            }
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset")) {
                if (!$util.isInteger(m.streamOffset) && !(m.streamOffset && $util.isInteger(m.streamOffset.low) && $util.isInteger(m.streamOffset.high)))
                    return "streamOffset: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock")) {
                if (!$util.isInteger(m.payloadPerBlock))
                    return "payloadPerBlock: integer expected";
            }
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes")) {
                if (!$util.isInteger(m.headerBytes))
                    return "headerBytes: integer expected";
            }
            return null;
        };

        /**
         * Creates a TapeFileExtent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.TapeFileExtent} TapeFileExtent
         */
        TapeFileExtent.fromObject = function (d, q) {
            if (d instanceof $root.afwire.TapeFileExtent)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.TapeFileExtent: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.TapeFileExtent();
            if (d.cartridge != null) {
                if ($Number(d.cartridge) !== 0) {
                    m.cartridge = d.cartridge >>> 0;
                }
            }
            if (d.tapeFile != null) {
                if ($Number(d.tapeFile) !== 0) {
                    m.tapeFile = d.tapeFile >>> 0;
                }
            }
            if (d.streamOffset != null) {
                if (typeof d.streamOffset === "object" ? d.streamOffset.low || d.streamOffset.high : $Number(d.streamOffset) !== 0) {
                    if ($util.Long)
                        m.streamOffset = $util.Long.fromValue(d.streamOffset, true);
                    else if (typeof d.streamOffset === "string")
                        m.streamOffset = $parseInt(d.streamOffset, 10);
                    else if (typeof d.streamOffset === "number")
                        m.streamOffset = d.streamOffset;
                    else if (typeof d.streamOffset === "object")
                        m.streamOffset = new $util.LongBits(d.streamOffset.low >>> 0, d.streamOffset.high >>> 0).toNumber(true);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.payloadPerBlock != null) {
                if ($Number(d.payloadPerBlock) !== 0) {
                    m.payloadPerBlock = d.payloadPerBlock >>> 0;
                }
            }
            if (d.headerBytes != null) {
                if ($Number(d.headerBytes) !== 0) {
                    m.headerBytes = d.headerBytes >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TapeFileExtent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {afwire.TapeFileExtent} m TapeFileExtent
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TapeFileExtent.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cartridge = 0;
                d.tapeFile = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.streamOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.streamOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.payloadPerBlock = 0;
                d.headerBytes = 0;
            }
            if (m.cartridge != null && $Object.hasOwnProperty.call(m, "cartridge")) {
                d.cartridge = m.cartridge;
            }
            if (m.tapeFile != null && $Object.hasOwnProperty.call(m, "tapeFile")) {
                d.tapeFile = m.tapeFile;
            }
            if (m.streamOffset != null && $Object.hasOwnProperty.call(m, "streamOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.streamOffset = typeof m.streamOffset === "number" ? $BigInt(m.streamOffset) : $util.Long.fromBits(m.streamOffset.low >>> 0, m.streamOffset.high >>> 0, true).toBigInt();
                else if (typeof m.streamOffset === "number")
                    d.streamOffset = o.longs === $String ? $String(m.streamOffset) : m.streamOffset;
                else
                    d.streamOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.streamOffset) : o.longs === $Number ? new $util.LongBits(m.streamOffset.low >>> 0, m.streamOffset.high >>> 0).toNumber(true) : m.streamOffset;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.payloadPerBlock != null && $Object.hasOwnProperty.call(m, "payloadPerBlock")) {
                d.payloadPerBlock = m.payloadPerBlock;
            }
            if (m.headerBytes != null && $Object.hasOwnProperty.call(m, "headerBytes")) {
                d.headerBytes = m.headerBytes;
            }
            return d;
        };

        /**
         * Converts this TapeFileExtent to JSON.
         * @function toJSON
         * @memberof afwire.TapeFileExtent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TapeFileExtent.prototype.toJSON = function() {
            return TapeFileExtent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TapeFileExtent
         * @function getTypeUrl
         * @memberof afwire.TapeFileExtent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TapeFileExtent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.TapeFileExtent";
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
         * Encodes the specified SessionSummary message, length delimited. Does not implicitly {@link afwire.SessionSummary.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.SessionSummary
         * @static
         * @param {afwire.SessionSummary.$Properties} message SessionSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionSummary.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a SessionSummary message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.SessionSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.SessionSummary & afwire.SessionSummary.$Shape} SessionSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionSummary.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SessionSummary message.
         * @function verify
         * @memberof afwire.SessionSummary
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionSummary.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                if (!$util.isInteger(m.sessionId) && !(m.sessionId && $util.isInteger(m.sessionId.low) && $util.isInteger(m.sessionId.high)))
                    return "sessionId: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.tapeFiles != null && $Object.hasOwnProperty.call(m, "tapeFiles")) {
                if (!$Array.isArray(m.tapeFiles))
                    return "tapeFiles: array expected";
                for (var i = 0; i < m.tapeFiles.length; ++i) {
                    {
                        var e = $root.afwire.TapeFileExtent.verify(m.tapeFiles[i], q + 1);
                        if (e)
                            return "tapeFiles." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a SessionSummary message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.SessionSummary
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.SessionSummary} SessionSummary
         */
        SessionSummary.fromObject = function (d, q) {
            if (d instanceof $root.afwire.SessionSummary)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.SessionSummary: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.SessionSummary();
            if (d.sessionId != null) {
                if (typeof d.sessionId === "object" ? d.sessionId.low || d.sessionId.high : $Number(d.sessionId) !== 0) {
                    if ($util.Long)
                        m.sessionId = $util.Long.fromValue(d.sessionId, true);
                    else if (typeof d.sessionId === "string")
                        m.sessionId = $parseInt(d.sessionId, 10);
                    else if (typeof d.sessionId === "number")
                        m.sessionId = d.sessionId;
                    else if (typeof d.sessionId === "object")
                        m.sessionId = new $util.LongBits(d.sessionId.low >>> 0, d.sessionId.high >>> 0).toNumber(true);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.tapeFiles) {
                if (!$Array.isArray(d.tapeFiles))
                    throw $TypeError(".afwire.SessionSummary.tapeFiles: array expected");
                m.tapeFiles = $Array(d.tapeFiles.length);
                for (var i = 0; i < d.tapeFiles.length; ++i) {
                    if (!$util.isObject(d.tapeFiles[i]))
                        throw $TypeError(".afwire.SessionSummary.tapeFiles: object expected");
                    m.tapeFiles[i] = $root.afwire.TapeFileExtent.fromObject(d.tapeFiles[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SessionSummary message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.SessionSummary
         * @static
         * @param {afwire.SessionSummary} m SessionSummary
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionSummary.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tapeFiles = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.sessionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sessionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sessionId = typeof m.sessionId === "number" ? $BigInt(m.sessionId) : $util.Long.fromBits(m.sessionId.low >>> 0, m.sessionId.high >>> 0, true).toBigInt();
                else if (typeof m.sessionId === "number")
                    d.sessionId = o.longs === $String ? $String(m.sessionId) : m.sessionId;
                else
                    d.sessionId = o.longs === $String ? $util.Long.prototype.toString.call(m.sessionId) : o.longs === $Number ? new $util.LongBits(m.sessionId.low >>> 0, m.sessionId.high >>> 0).toNumber(true) : m.sessionId;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.tapeFiles && m.tapeFiles.length) {
                d.tapeFiles = $Array(m.tapeFiles.length);
                for (var j = 0; j < m.tapeFiles.length; ++j) {
                    d.tapeFiles[j] = $root.afwire.TapeFileExtent.toObject(m.tapeFiles[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this SessionSummary to JSON.
         * @function toJSON
         * @memberof afwire.SessionSummary
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionSummary.prototype.toJSON = function() {
            return SessionSummary.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SessionSummary
         * @function getTypeUrl
         * @memberof afwire.SessionSummary
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SessionSummary.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.SessionSummary";
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
         * Encodes the specified StreamerStateInfo message, length delimited. Does not implicitly {@link afwire.StreamerStateInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {afwire.StreamerStateInfo.$Properties} message StreamerStateInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StreamerStateInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a StreamerStateInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.StreamerStateInfo & afwire.StreamerStateInfo.$Shape} StreamerStateInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StreamerStateInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StreamerStateInfo message.
         * @function verify
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StreamerStateInfo.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                    return "state: enum value expected";
            }
            if (m.changeable != null && $Object.hasOwnProperty.call(m, "changeable")) {
                if (typeof m.changeable !== "boolean")
                    return "changeable: boolean expected";
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                if (!$util.isString(m.detail))
                    return "detail: string expected";
            }
            return null;
        };

        /**
         * Creates a StreamerStateInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.StreamerStateInfo} StreamerStateInfo
         */
        StreamerStateInfo.fromObject = function (d, q) {
            if (d instanceof $root.afwire.StreamerStateInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.StreamerStateInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.StreamerStateInfo();
            if (d.state !== 0 && (typeof d.state !== "string" || $root.afwire.StreamerState[d.state] !== 0)) {
                switch (d.state) {
                case "READY":
                case 0:
                    m.state = 0;
                    break;
                case "BUSY":
                case 1:
                    m.state = 1;
                    break;
                case "DEVINUSE":
                case 2:
                    m.state = 2;
                    break;
                case "UNAVAIL":
                case 3:
                    m.state = 3;
                    break;
                case "UNLOADED":
                case 4:
                    m.state = 4;
                    break;
                default:
                    if (typeof d.state === "number" && (d.state | 0) === d.state)
                        m.state = d.state;
                }
            }
            if (d.changeable != null) {
                if (d.changeable) {
                    m.changeable = $Boolean(d.changeable);
                }
            }
            if (d.detail != null) {
                if (typeof d.detail !== "string" || d.detail.length) {
                    m.detail = $String(d.detail);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StreamerStateInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {afwire.StreamerStateInfo} m StreamerStateInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StreamerStateInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.state = o.enums === $String ? "READY" : 0;
                d.changeable = false;
                d.detail = "";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = o.enums === $String ? $root.afwire.StreamerState[m.state] === $undefined ? m.state : $root.afwire.StreamerState[m.state] : m.state;
            }
            if (m.changeable != null && $Object.hasOwnProperty.call(m, "changeable")) {
                d.changeable = m.changeable;
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                d.detail = m.detail;
            }
            return d;
        };

        /**
         * Converts this StreamerStateInfo to JSON.
         * @function toJSON
         * @memberof afwire.StreamerStateInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StreamerStateInfo.prototype.toJSON = function() {
            return StreamerStateInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StreamerStateInfo
         * @function getTypeUrl
         * @memberof afwire.StreamerStateInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StreamerStateInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.StreamerStateInfo";
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
         * Encodes the specified BackupHeader message, length delimited. Does not implicitly {@link afwire.BackupHeader.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.BackupHeader
         * @static
         * @param {afwire.BackupHeader.$Properties} message BackupHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupHeader.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a BackupHeader message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.BackupHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.BackupHeader & afwire.BackupHeader.$Shape} BackupHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupHeader.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BackupHeader message.
         * @function verify
         * @memberof afwire.BackupHeader
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackupHeader.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                {
                    var e = $root.afwire.WritePosition.verify(m.position, q + 1);
                    if (e)
                        return "position." + e;
                }
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates a BackupHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.BackupHeader
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.BackupHeader} BackupHeader
         */
        BackupHeader.fromObject = function (d, q) {
            if (d instanceof $root.afwire.BackupHeader)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.BackupHeader: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.BackupHeader();
            if (d.position != null) {
                if (!$util.isObject(d.position))
                    throw $TypeError(".afwire.BackupHeader.position: object expected");
                m.position = $root.afwire.WritePosition.fromObject(d.position, q + 1);
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BackupHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.BackupHeader
         * @static
         * @param {afwire.BackupHeader} m BackupHeader
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackupHeader.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.position = null;
                d.text = "";
            }
            if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                d.position = $root.afwire.WritePosition.toObject(m.position, o, q + 1);
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this BackupHeader to JSON.
         * @function toJSON
         * @memberof afwire.BackupHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BackupHeader.prototype.toJSON = function() {
            return BackupHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BackupHeader
         * @function getTypeUrl
         * @memberof afwire.BackupHeader
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BackupHeader.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.BackupHeader";
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
         * Encodes the specified BackupHeaderList message, length delimited. Does not implicitly {@link afwire.BackupHeaderList.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {afwire.BackupHeaderList.$Properties} message BackupHeaderList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupHeaderList.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a BackupHeaderList message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.BackupHeaderList & afwire.BackupHeaderList.$Shape} BackupHeaderList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupHeaderList.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BackupHeaderList message.
         * @function verify
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackupHeaderList.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.headers != null && $Object.hasOwnProperty.call(m, "headers")) {
                if (!$Array.isArray(m.headers))
                    return "headers: array expected";
                for (var i = 0; i < m.headers.length; ++i) {
                    {
                        var e = $root.afwire.BackupHeader.verify(m.headers[i], q + 1);
                        if (e)
                            return "headers." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a BackupHeaderList message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.BackupHeaderList} BackupHeaderList
         */
        BackupHeaderList.fromObject = function (d, q) {
            if (d instanceof $root.afwire.BackupHeaderList)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.BackupHeaderList: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.BackupHeaderList();
            if (d.headers) {
                if (!$Array.isArray(d.headers))
                    throw $TypeError(".afwire.BackupHeaderList.headers: array expected");
                m.headers = $Array(d.headers.length);
                for (var i = 0; i < d.headers.length; ++i) {
                    if (!$util.isObject(d.headers[i]))
                        throw $TypeError(".afwire.BackupHeaderList.headers: object expected");
                    m.headers[i] = $root.afwire.BackupHeader.fromObject(d.headers[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BackupHeaderList message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {afwire.BackupHeaderList} m BackupHeaderList
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackupHeaderList.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.headers = [];
            }
            if (m.headers && m.headers.length) {
                d.headers = $Array(m.headers.length);
                for (var j = 0; j < m.headers.length; ++j) {
                    d.headers[j] = $root.afwire.BackupHeader.toObject(m.headers[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this BackupHeaderList to JSON.
         * @function toJSON
         * @memberof afwire.BackupHeaderList
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BackupHeaderList.prototype.toJSON = function() {
            return BackupHeaderList.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BackupHeaderList
         * @function getTypeUrl
         * @memberof afwire.BackupHeaderList
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BackupHeaderList.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.BackupHeaderList";
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
         * Encodes the specified DataEnd message, length delimited. Does not implicitly {@link afwire.DataEnd.verify|verify} messages.
         * @function encodeDelimited
         * @memberof afwire.DataEnd
         * @static
         * @param {afwire.DataEnd.$Properties} message DataEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataEnd.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
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

        /**
         * Decodes a DataEnd message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof afwire.DataEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {afwire.DataEnd & afwire.DataEnd.$Shape} DataEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataEnd.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DataEnd message.
         * @function verify
         * @memberof afwire.DataEnd
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DataEnd.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                    return "status: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                if (!$util.isInteger(m.exitCode))
                    return "exitCode: integer expected";
            }
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                if (!$util.isString(m.signal))
                    return "signal: string expected";
            }
            return null;
        };

        /**
         * Creates a DataEnd message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof afwire.DataEnd
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {afwire.DataEnd} DataEnd
         */
        DataEnd.fromObject = function (d, q) {
            if (d instanceof $root.afwire.DataEnd)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".afwire.DataEnd: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.afwire.DataEnd();
            if (d.status !== 0 && (typeof d.status !== "string" || $root.afwire.Status[d.status] !== 0)) {
                switch (d.status) {
                case "OK":
                case 0:
                    m.status = 0;
                    break;
                case "ERROR":
                case 1:
                    m.status = 1;
                    break;
                case "BAD_REQUEST":
                case 2:
                    m.status = 2;
                    break;
                case "VERSION_MISMATCH":
                case 3:
                    m.status = 3;
                    break;
                case "AUTH_FAILED":
                case 4:
                    m.status = 4;
                    break;
                case "DEVICE_IN_USE":
                case 5:
                    m.status = 5;
                    break;
                case "SERVICE_IN_USE":
                case 6:
                    m.status = 6;
                    break;
                case "END_OF_TAPE":
                case 7:
                    m.status = 7;
                    break;
                case "END_OF_FILE":
                case 8:
                    m.status = 8;
                    break;
                case "INVALID_CARTRIDGE":
                case 9:
                    m.status = 9;
                    break;
                case "INVALID_TAPE_FILE":
                case 10:
                    m.status = 10;
                    break;
                case "CARTRIDGE_SET_DENIED":
                case 11:
                    m.status = 11;
                    break;
                case "CLIENT_NOT_UNIQUE":
                case 12:
                    m.status = 12;
                    break;
                case "TOO_MANY_CLIENTS":
                case 13:
                    m.status = 13;
                    break;
                case "NOT_OPEN":
                case 14:
                    m.status = 14;
                    break;
                case "DEVICE_UNAVAILABLE":
                case 15:
                    m.status = 15;
                    break;
                case "PROGRAM_NOT_FOUND":
                case 16:
                    m.status = 16;
                    break;
                case "SHUTTING_DOWN":
                case 17:
                    m.status = 17;
                    break;
                case "PROTOCOL_ERROR":
                case 18:
                    m.status = 18;
                    break;
                case "UNSUPPORTED":
                case 19:
                    m.status = 19;
                    break;
                case "TAPE_ERROR":
                case 20:
                    m.status = 20;
                    break;
                default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                        m.status = d.status;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.exitCode != null) {
                if ($Number(d.exitCode) !== 0) {
                    m.exitCode = d.exitCode | 0;
                }
            }
            if (d.signal != null) {
                if (typeof d.signal !== "string" || d.signal.length) {
                    m.signal = $String(d.signal);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DataEnd message. Also converts values to other types if specified.
         * @function toObject
         * @memberof afwire.DataEnd
         * @static
         * @param {afwire.DataEnd} m DataEnd
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataEnd.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.status = o.enums === $String ? "OK" : 0;
                d.message = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.exitCode = 0;
                d.signal = "";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === $String ? $root.afwire.Status[m.status] === $undefined ? m.status : $root.afwire.Status[m.status] : m.status;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode")) {
                d.exitCode = m.exitCode;
            }
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                d.signal = m.signal;
            }
            return d;
        };

        /**
         * Converts this DataEnd to JSON.
         * @function toJSON
         * @memberof afwire.DataEnd
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataEnd.prototype.toJSON = function() {
            return DataEnd.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DataEnd
         * @function getTypeUrl
         * @memberof afwire.DataEnd
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DataEnd.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/afwire.DataEnd";
        };

        return DataEnd;
    })();

    return afwire;
})();

export {
  $root as default
};
