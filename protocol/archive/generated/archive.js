/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const afbackup = $root.afbackup = (() => {

    /**
     * Namespace afbackup.
     * @exports afbackup
     * @namespace
     */
    const afbackup = {};

    afbackup.archive = (function() {

        /**
         * Namespace archive.
         * @memberof afbackup
         * @namespace
         */
        const archive = {};

        /**
         * EntryType enum.
         * @name afbackup.archive.EntryType
         * @enum {number}
         * @property {number} ENTRY_TYPE_UNSPECIFIED=0 ENTRY_TYPE_UNSPECIFIED value
         * @property {number} ENTRY_TYPE_FILE=1 ENTRY_TYPE_FILE value
         * @property {number} ENTRY_TYPE_DIRECTORY=2 ENTRY_TYPE_DIRECTORY value
         * @property {number} ENTRY_TYPE_SYMLINK=3 ENTRY_TYPE_SYMLINK value
         * @property {number} ENTRY_TYPE_HARDLINK=4 ENTRY_TYPE_HARDLINK value
         * @property {number} ENTRY_TYPE_FIFO=5 ENTRY_TYPE_FIFO value
         * @property {number} ENTRY_TYPE_SOCKET=6 ENTRY_TYPE_SOCKET value
         * @property {number} ENTRY_TYPE_CHARDEV=7 ENTRY_TYPE_CHARDEV value
         * @property {number} ENTRY_TYPE_BLOCKDEV=8 ENTRY_TYPE_BLOCKDEV value
         * @property {number} ENTRY_TYPE_COMMAND=9 ENTRY_TYPE_COMMAND value
         */
        archive.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTRY_TYPE_FILE"] = 1;
            values[valuesById[2] = "ENTRY_TYPE_DIRECTORY"] = 2;
            values[valuesById[3] = "ENTRY_TYPE_SYMLINK"] = 3;
            values[valuesById[4] = "ENTRY_TYPE_HARDLINK"] = 4;
            values[valuesById[5] = "ENTRY_TYPE_FIFO"] = 5;
            values[valuesById[6] = "ENTRY_TYPE_SOCKET"] = 6;
            values[valuesById[7] = "ENTRY_TYPE_CHARDEV"] = 7;
            values[valuesById[8] = "ENTRY_TYPE_BLOCKDEV"] = 8;
            values[valuesById[9] = "ENTRY_TYPE_COMMAND"] = 9;
            return values;
        })();

        /**
         * Codec enum.
         * @name afbackup.archive.Codec
         * @enum {number}
         * @property {number} CODEC_NONE=0 CODEC_NONE value
         * @property {number} CODEC_ZSTD=1 CODEC_ZSTD value
         * @property {number} CODEC_FILTER=2 CODEC_FILTER value
         */
        archive.Codec = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CODEC_NONE"] = 0;
            values[valuesById[1] = "CODEC_ZSTD"] = 1;
            values[valuesById[2] = "CODEC_FILTER"] = 2;
            return values;
        })();

        archive.Xattr = (function() {

            /**
             * Properties of a Xattr.
             * @typedef {Object} afbackup.archive.Xattr.$Properties
             * @property {string|null} [name] Xattr name
             * @property {Uint8Array|null} [value] Xattr value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Xattr.
             * @memberof afbackup.archive
             * @interface IXattr
             * @augments afbackup.archive.Xattr.$Properties
             * @deprecated Use afbackup.archive.Xattr.$Properties instead.
             */

            /**
             * Shape of a Xattr.
             * @typedef {afbackup.archive.Xattr.$Properties} afbackup.archive.Xattr.$Shape
             */

            /**
             * Constructs a new Xattr.
             * @memberof afbackup.archive
             * @classdesc Represents a Xattr.
             * @constructor
             * @param {afbackup.archive.Xattr.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Xattr = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Xattr name.
             * @member {string} name
             * @memberof afbackup.archive.Xattr
             * @instance
             */
            Xattr.prototype.name = "";

            /**
             * Xattr value.
             * @member {Uint8Array} value
             * @memberof afbackup.archive.Xattr
             * @instance
             */
            Xattr.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Xattr instance using the specified properties.
             * @function create
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {afbackup.archive.Xattr.$Properties=} [properties] Properties to set
             * @returns {afbackup.archive.Xattr} Xattr instance
             * @type {{
             *   (properties: afbackup.archive.Xattr.$Shape): afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape;
             *   (properties?: afbackup.archive.Xattr.$Properties): afbackup.archive.Xattr;
             * }}
             */
            Xattr.create = function(properties) {
                return new Xattr(properties);
            };

            /**
             * Encodes the specified Xattr message. Does not implicitly {@link afbackup.archive.Xattr.verify|verify} messages.
             * @function encode
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {afbackup.archive.Xattr.$Properties} m Xattr message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Xattr.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Xattr message, length delimited. Does not implicitly {@link afbackup.archive.Xattr.verify|verify} messages.
             * @function encodeDelimited
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {afbackup.archive.Xattr.$Properties} message Xattr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Xattr.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Xattr message from the specified reader or buffer.
             * @function decode
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape} Xattr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Xattr.decode = function (r, l, z, q, g) {
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
                m = g || new $root.afbackup.archive.Xattr();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Decodes a Xattr message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape} Xattr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Xattr.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Xattr message.
             * @function verify
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Xattr.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!(m.value && typeof m.value.length === "number" || $util.isString(m.value)))
                        return "value: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Xattr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {afbackup.archive.Xattr} Xattr
             */
            Xattr.fromObject = function (d, q) {
                if (d instanceof $root.afbackup.archive.Xattr)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".afbackup.archive.Xattr: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.afbackup.archive.Xattr();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Xattr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {afbackup.archive.Xattr} m Xattr
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Xattr.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this Xattr to JSON.
             * @function toJSON
             * @memberof afbackup.archive.Xattr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Xattr.prototype.toJSON = function() {
                return Xattr.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Xattr
             * @function getTypeUrl
             * @memberof afbackup.archive.Xattr
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Xattr.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/afbackup.archive.Xattr";
            };

            return Xattr;
        })();

        archive.CommandSpec = (function() {

            /**
             * Properties of a CommandSpec.
             * @typedef {Object} afbackup.archive.CommandSpec.$Properties
             * @property {string|null} [dump] CommandSpec dump
             * @property {string|null} [restore] CommandSpec restore
             * @property {string|null} [comment] CommandSpec comment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandSpec.
             * @memberof afbackup.archive
             * @interface ICommandSpec
             * @augments afbackup.archive.CommandSpec.$Properties
             * @deprecated Use afbackup.archive.CommandSpec.$Properties instead.
             */

            /**
             * Shape of a CommandSpec.
             * @typedef {afbackup.archive.CommandSpec.$Properties} afbackup.archive.CommandSpec.$Shape
             */

            /**
             * Constructs a new CommandSpec.
             * @memberof afbackup.archive
             * @classdesc Represents a CommandSpec.
             * @constructor
             * @param {afbackup.archive.CommandSpec.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandSpec dump.
             * @member {string} dump
             * @memberof afbackup.archive.CommandSpec
             * @instance
             */
            CommandSpec.prototype.dump = "";

            /**
             * CommandSpec restore.
             * @member {string} restore
             * @memberof afbackup.archive.CommandSpec
             * @instance
             */
            CommandSpec.prototype.restore = "";

            /**
             * CommandSpec comment.
             * @member {string} comment
             * @memberof afbackup.archive.CommandSpec
             * @instance
             */
            CommandSpec.prototype.comment = "";

            /**
             * Creates a new CommandSpec instance using the specified properties.
             * @function create
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {afbackup.archive.CommandSpec.$Properties=} [properties] Properties to set
             * @returns {afbackup.archive.CommandSpec} CommandSpec instance
             * @type {{
             *   (properties: afbackup.archive.CommandSpec.$Shape): afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape;
             *   (properties?: afbackup.archive.CommandSpec.$Properties): afbackup.archive.CommandSpec;
             * }}
             */
            CommandSpec.create = function(properties) {
                return new CommandSpec(properties);
            };

            /**
             * Encodes the specified CommandSpec message. Does not implicitly {@link afbackup.archive.CommandSpec.verify|verify} messages.
             * @function encode
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {afbackup.archive.CommandSpec.$Properties} m CommandSpec message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump") && m.dump !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.dump);
                if (m.restore != null && $Object.hasOwnProperty.call(m, "restore") && m.restore !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.restore);
                if (m.comment != null && $Object.hasOwnProperty.call(m, "comment") && m.comment !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.comment);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandSpec message, length delimited. Does not implicitly {@link afbackup.archive.CommandSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {afbackup.archive.CommandSpec.$Properties} message CommandSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandSpec message from the specified reader or buffer.
             * @function decode
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape} CommandSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandSpec.decode = function (r, l, z, q, g) {
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
                m = g || new $root.afbackup.archive.CommandSpec();
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
                                m.dump = v;
                            else
                                delete m.dump;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.restore = v;
                            else
                                delete m.restore;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.comment = v;
                            else
                                delete m.comment;
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
             * Decodes a CommandSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape} CommandSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandSpec message.
             * @function verify
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandSpec.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump")) {
                    if (!$util.isString(m.dump))
                        return "dump: string expected";
                }
                if (m.restore != null && $Object.hasOwnProperty.call(m, "restore")) {
                    if (!$util.isString(m.restore))
                        return "restore: string expected";
                }
                if (m.comment != null && $Object.hasOwnProperty.call(m, "comment")) {
                    if (!$util.isString(m.comment))
                        return "comment: string expected";
                }
                return null;
            };

            /**
             * Creates a CommandSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {afbackup.archive.CommandSpec} CommandSpec
             */
            CommandSpec.fromObject = function (d, q) {
                if (d instanceof $root.afbackup.archive.CommandSpec)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".afbackup.archive.CommandSpec: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.afbackup.archive.CommandSpec();
                if (d.dump != null) {
                    if (typeof d.dump !== "string" || d.dump.length) {
                        m.dump = $String(d.dump);
                    }
                }
                if (d.restore != null) {
                    if (typeof d.restore !== "string" || d.restore.length) {
                        m.restore = $String(d.restore);
                    }
                }
                if (d.comment != null) {
                    if (typeof d.comment !== "string" || d.comment.length) {
                        m.comment = $String(d.comment);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {afbackup.archive.CommandSpec} m CommandSpec
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandSpec.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.dump = "";
                    d.restore = "";
                    d.comment = "";
                }
                if (m.dump != null && $Object.hasOwnProperty.call(m, "dump")) {
                    d.dump = m.dump;
                }
                if (m.restore != null && $Object.hasOwnProperty.call(m, "restore")) {
                    d.restore = m.restore;
                }
                if (m.comment != null && $Object.hasOwnProperty.call(m, "comment")) {
                    d.comment = m.comment;
                }
                return d;
            };

            /**
             * Converts this CommandSpec to JSON.
             * @function toJSON
             * @memberof afbackup.archive.CommandSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandSpec.prototype.toJSON = function() {
                return CommandSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandSpec
             * @function getTypeUrl
             * @memberof afbackup.archive.CommandSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/afbackup.archive.CommandSpec";
            };

            return CommandSpec;
        })();

        archive.EntryHeader = (function() {

            /**
             * Properties of an EntryHeader.
             * @typedef {Object} afbackup.archive.EntryHeader.$Properties
             * @property {Uint8Array|null} [name] EntryHeader name
             * @property {afbackup.archive.EntryType|null} [type] EntryHeader type
             * @property {number|null} [mode] EntryHeader mode
             * @property {number|null} [uid] EntryHeader uid
             * @property {number|null} [gid] EntryHeader gid
             * @property {string|null} [user] EntryHeader user
             * @property {string|null} [group] EntryHeader group
             * @property {Long|null} [mtimeNs] EntryHeader mtimeNs
             * @property {Long|null} [ctimeNs] EntryHeader ctimeNs
             * @property {Long|null} [atimeNs] EntryHeader atimeNs
             * @property {Long|null} [size] EntryHeader size
             * @property {Uint8Array|null} [linkTarget] EntryHeader linkTarget
             * @property {number|null} [devMajor] EntryHeader devMajor
             * @property {number|null} [devMinor] EntryHeader devMinor
             * @property {Array.<afbackup.archive.Xattr.$Properties>|null} [xattrs] EntryHeader xattrs
             * @property {Uint8Array|null} [aclAccess] EntryHeader aclAccess
             * @property {Uint8Array|null} [aclDefault] EntryHeader aclDefault
             * @property {afbackup.archive.Codec|null} [codec] EntryHeader codec
             * @property {number|null} [codecLevel] EntryHeader codecLevel
             * @property {string|null} [filterCommand] EntryHeader filterCommand
             * @property {string|null} [restoreCommand] EntryHeader restoreCommand
             * @property {afbackup.archive.CommandSpec.$Properties|null} [command] EntryHeader command
             * @property {number|null} [flags] EntryHeader flags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EntryHeader.
             * @memberof afbackup.archive
             * @interface IEntryHeader
             * @augments afbackup.archive.EntryHeader.$Properties
             * @deprecated Use afbackup.archive.EntryHeader.$Properties instead.
             */

            /**
             * Shape of an EntryHeader.
             * @typedef {afbackup.archive.EntryHeader.$Properties} afbackup.archive.EntryHeader.$Shape
             */

            /**
             * Constructs a new EntryHeader.
             * @memberof afbackup.archive
             * @classdesc Represents an EntryHeader.
             * @constructor
             * @param {afbackup.archive.EntryHeader.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EntryHeader = function (p) {
                this.xattrs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EntryHeader name.
             * @member {Uint8Array} name
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.name = $util.newBuffer([]);

            /**
             * EntryHeader type.
             * @member {afbackup.archive.EntryType} type
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.type = 0;

            /**
             * EntryHeader mode.
             * @member {number} mode
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.mode = 0;

            /**
             * EntryHeader uid.
             * @member {number} uid
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.uid = 0;

            /**
             * EntryHeader gid.
             * @member {number} gid
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.gid = 0;

            /**
             * EntryHeader user.
             * @member {string} user
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.user = "";

            /**
             * EntryHeader group.
             * @member {string} group
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.group = "";

            /**
             * EntryHeader mtimeNs.
             * @member {Long} mtimeNs
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.mtimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntryHeader ctimeNs.
             * @member {Long} ctimeNs
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.ctimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntryHeader atimeNs.
             * @member {Long} atimeNs
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.atimeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EntryHeader size.
             * @member {Long} size
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EntryHeader linkTarget.
             * @member {Uint8Array|null|undefined} linkTarget
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.linkTarget = null;

            /**
             * EntryHeader devMajor.
             * @member {number|null|undefined} devMajor
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.devMajor = null;

            /**
             * EntryHeader devMinor.
             * @member {number|null|undefined} devMinor
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.devMinor = null;

            /**
             * EntryHeader xattrs.
             * @member {Array.<afbackup.archive.Xattr.$Properties>} xattrs
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.xattrs = $util.emptyArray;

            /**
             * EntryHeader aclAccess.
             * @member {Uint8Array|null|undefined} aclAccess
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.aclAccess = null;

            /**
             * EntryHeader aclDefault.
             * @member {Uint8Array|null|undefined} aclDefault
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.aclDefault = null;

            /**
             * EntryHeader codec.
             * @member {afbackup.archive.Codec} codec
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.codec = 0;

            /**
             * EntryHeader codecLevel.
             * @member {number} codecLevel
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.codecLevel = 0;

            /**
             * EntryHeader filterCommand.
             * @member {string} filterCommand
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.filterCommand = "";

            /**
             * EntryHeader restoreCommand.
             * @member {string} restoreCommand
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.restoreCommand = "";

            /**
             * EntryHeader command.
             * @member {afbackup.archive.CommandSpec.$Properties|null|undefined} command
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.command = null;

            /**
             * EntryHeader flags.
             * @member {number} flags
             * @memberof afbackup.archive.EntryHeader
             * @instance
             */
            EntryHeader.prototype.flags = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntryHeader.prototype, "_linkTarget", {
                get: $util.oneOfGetter($oneOfFields = ["linkTarget"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntryHeader.prototype, "_devMajor", {
                get: $util.oneOfGetter($oneOfFields = ["devMajor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntryHeader.prototype, "_devMinor", {
                get: $util.oneOfGetter($oneOfFields = ["devMinor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntryHeader.prototype, "_aclAccess", {
                get: $util.oneOfGetter($oneOfFields = ["aclAccess"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EntryHeader.prototype, "_aclDefault", {
                get: $util.oneOfGetter($oneOfFields = ["aclDefault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new EntryHeader instance using the specified properties.
             * @function create
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {afbackup.archive.EntryHeader.$Properties=} [properties] Properties to set
             * @returns {afbackup.archive.EntryHeader} EntryHeader instance
             * @type {{
             *   (properties: afbackup.archive.EntryHeader.$Shape): afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape;
             *   (properties?: afbackup.archive.EntryHeader.$Properties): afbackup.archive.EntryHeader;
             * }}
             */
            EntryHeader.create = function(properties) {
                return new EntryHeader(properties);
            };

            /**
             * Encodes the specified EntryHeader message. Does not implicitly {@link afbackup.archive.EntryHeader.verify|verify} messages.
             * @function encode
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {afbackup.archive.EntryHeader.$Properties} m EntryHeader message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntryHeader.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.name);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.uid);
                if (m.gid != null && $Object.hasOwnProperty.call(m, "gid") && m.gid !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.gid);
                if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.user);
                if (m.group != null && $Object.hasOwnProperty.call(m, "group") && m.group !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.group);
                if (m.mtimeNs != null && $Object.hasOwnProperty.call(m, "mtimeNs") && (typeof m.mtimeNs === "object" ? m.mtimeNs.low || m.mtimeNs.high : m.mtimeNs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).sint64(m.mtimeNs);
                if (m.ctimeNs != null && $Object.hasOwnProperty.call(m, "ctimeNs") && (typeof m.ctimeNs === "object" ? m.ctimeNs.low || m.ctimeNs.high : m.ctimeNs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).sint64(m.ctimeNs);
                if (m.atimeNs != null && $Object.hasOwnProperty.call(m, "atimeNs") && (typeof m.atimeNs === "object" ? m.atimeNs.low || m.atimeNs.high : m.atimeNs !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).sint64(m.atimeNs);
                if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).uint64(m.size);
                if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget"))
                    w.uint32(/* id 12, wireType 2 =*/98).bytes(m.linkTarget);
                if (m.devMajor != null && $Object.hasOwnProperty.call(m, "devMajor"))
                    w.uint32(/* id 13, wireType 0 =*/104).uint32(m.devMajor);
                if (m.devMinor != null && $Object.hasOwnProperty.call(m, "devMinor"))
                    w.uint32(/* id 14, wireType 0 =*/112).uint32(m.devMinor);
                if (m.xattrs != null && m.xattrs.length) {
                    for (var i = 0; i < m.xattrs.length; ++i)
                        $root.afbackup.archive.Xattr.encode(m.xattrs[i], w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                }
                if (m.aclAccess != null && $Object.hasOwnProperty.call(m, "aclAccess"))
                    w.uint32(/* id 16, wireType 2 =*/130).bytes(m.aclAccess);
                if (m.aclDefault != null && $Object.hasOwnProperty.call(m, "aclDefault"))
                    w.uint32(/* id 17, wireType 2 =*/138).bytes(m.aclDefault);
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec") && m.codec !== 0)
                    w.uint32(/* id 18, wireType 0 =*/144).int32(m.codec);
                if (m.codecLevel != null && $Object.hasOwnProperty.call(m, "codecLevel") && m.codecLevel !== 0)
                    w.uint32(/* id 19, wireType 0 =*/152).sint32(m.codecLevel);
                if (m.filterCommand != null && $Object.hasOwnProperty.call(m, "filterCommand") && m.filterCommand !== "")
                    w.uint32(/* id 20, wireType 2 =*/162).string(m.filterCommand);
                if (m.restoreCommand != null && $Object.hasOwnProperty.call(m, "restoreCommand") && m.restoreCommand !== "")
                    w.uint32(/* id 21, wireType 2 =*/170).string(m.restoreCommand);
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    $root.afbackup.archive.CommandSpec.encode(m.command, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                    w.uint32(/* id 23, wireType 0 =*/184).uint32(m.flags);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EntryHeader message, length delimited. Does not implicitly {@link afbackup.archive.EntryHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {afbackup.archive.EntryHeader.$Properties} message EntryHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EntryHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EntryHeader message from the specified reader or buffer.
             * @function decode
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape} EntryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntryHeader.decode = function (r, l, z, q, g) {
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
                m = g || new $root.afbackup.archive.EntryHeader();
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
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gid = v;
                            else
                                delete m.gid;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user = v;
                            else
                                delete m.user;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.group = v;
                            else
                                delete m.group;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.sint64()) === "object" ? v.low || v.high : v !== 0)
                                m.mtimeNs = v;
                            else
                                delete m.mtimeNs;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.sint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ctimeNs = v;
                            else
                                delete m.ctimeNs;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.sint64()) === "object" ? v.low || v.high : v !== 0)
                                m.atimeNs = v;
                            else
                                delete m.atimeNs;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.size = v;
                            else
                                delete m.size;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.linkTarget = r.bytes();
                            m._linkTarget = "linkTarget";
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            m.devMajor = r.uint32();
                            m._devMajor = "devMajor";
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            m.devMinor = r.uint32();
                            m._devMinor = "devMinor";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if (!(m.xattrs && m.xattrs.length))
                                m.xattrs = [];
                            m.xattrs.push($root.afbackup.archive.Xattr.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.aclAccess = r.bytes();
                            m._aclAccess = "aclAccess";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.aclDefault = r.bytes();
                            m._aclDefault = "aclDefault";
                            continue;
                        }
                    case 18: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.codec = v;
                            else
                                delete m.codec;
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.codecLevel = v;
                            else
                                delete m.codecLevel;
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.filterCommand = v;
                            else
                                delete m.filterCommand;
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.restoreCommand = v;
                            else
                                delete m.restoreCommand;
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.command = $root.afbackup.archive.CommandSpec.decode(r, r.size(), $undefined, q + 1, m.command);
                            continue;
                        }
                    case 23: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.flags = v;
                            else
                                delete m.flags;
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
             * Decodes an EntryHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape} EntryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EntryHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EntryHeader message.
             * @function verify
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EntryHeader.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!(m.name && typeof m.name.length === "number" || $util.isString(m.name)))
                        return "name: buffer expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (!$util.isInteger(m.mode))
                        return "mode: integer expected";
                }
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                    if (!$util.isInteger(m.uid))
                        return "uid: integer expected";
                }
                if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                    if (!$util.isInteger(m.gid))
                        return "gid: integer expected";
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    if (!$util.isString(m.user))
                        return "user: string expected";
                }
                if (m.group != null && $Object.hasOwnProperty.call(m, "group")) {
                    if (!$util.isString(m.group))
                        return "group: string expected";
                }
                if (m.mtimeNs != null && $Object.hasOwnProperty.call(m, "mtimeNs")) {
                    if (!$util.isInteger(m.mtimeNs) && !(m.mtimeNs && $util.isInteger(m.mtimeNs.low) && $util.isInteger(m.mtimeNs.high)))
                        return "mtimeNs: integer|Long expected";
                }
                if (m.ctimeNs != null && $Object.hasOwnProperty.call(m, "ctimeNs")) {
                    if (!$util.isInteger(m.ctimeNs) && !(m.ctimeNs && $util.isInteger(m.ctimeNs.low) && $util.isInteger(m.ctimeNs.high)))
                        return "ctimeNs: integer|Long expected";
                }
                if (m.atimeNs != null && $Object.hasOwnProperty.call(m, "atimeNs")) {
                    if (!$util.isInteger(m.atimeNs) && !(m.atimeNs && $util.isInteger(m.atimeNs.low) && $util.isInteger(m.atimeNs.high)))
                        return "atimeNs: integer|Long expected";
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                        return "size: integer|Long expected";
                }
                if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget")) {
                    p._linkTarget = 1;
                    if (!(m.linkTarget && typeof m.linkTarget.length === "number" || $util.isString(m.linkTarget)))
                        return "linkTarget: buffer expected";
                }
                if (m.devMajor != null && $Object.hasOwnProperty.call(m, "devMajor")) {
                    p._devMajor = 1;
                    if (!$util.isInteger(m.devMajor))
                        return "devMajor: integer expected";
                }
                if (m.devMinor != null && $Object.hasOwnProperty.call(m, "devMinor")) {
                    p._devMinor = 1;
                    if (!$util.isInteger(m.devMinor))
                        return "devMinor: integer expected";
                }
                if (m.xattrs != null && $Object.hasOwnProperty.call(m, "xattrs")) {
                    if (!$Array.isArray(m.xattrs))
                        return "xattrs: array expected";
                    for (var i = 0; i < m.xattrs.length; ++i) {
                        {
                            var e = $root.afbackup.archive.Xattr.verify(m.xattrs[i], q + 1);
                            if (e)
                                return "xattrs." + e;
                        }
                    }
                }
                if (m.aclAccess != null && $Object.hasOwnProperty.call(m, "aclAccess")) {
                    p._aclAccess = 1;
                    if (!(m.aclAccess && typeof m.aclAccess.length === "number" || $util.isString(m.aclAccess)))
                        return "aclAccess: buffer expected";
                }
                if (m.aclDefault != null && $Object.hasOwnProperty.call(m, "aclDefault")) {
                    p._aclDefault = 1;
                    if (!(m.aclDefault && typeof m.aclDefault.length === "number" || $util.isString(m.aclDefault)))
                        return "aclDefault: buffer expected";
                }
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                    if (typeof m.codec !== "number" || (m.codec | 0) !== m.codec)
                        return "codec: enum value expected";
                }
                if (m.codecLevel != null && $Object.hasOwnProperty.call(m, "codecLevel")) {
                    if (!$util.isInteger(m.codecLevel))
                        return "codecLevel: integer expected";
                }
                if (m.filterCommand != null && $Object.hasOwnProperty.call(m, "filterCommand")) {
                    if (!$util.isString(m.filterCommand))
                        return "filterCommand: string expected";
                }
                if (m.restoreCommand != null && $Object.hasOwnProperty.call(m, "restoreCommand")) {
                    if (!$util.isString(m.restoreCommand))
                        return "restoreCommand: string expected";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    {
                        var e = $root.afbackup.archive.CommandSpec.verify(m.command, q + 1);
                        if (e)
                            return "command." + e;
                    }
                }
                if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                    if (!$util.isInteger(m.flags))
                        return "flags: integer expected";
                }
                return null;
            };

            /**
             * Creates an EntryHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {afbackup.archive.EntryHeader} EntryHeader
             */
            EntryHeader.fromObject = function (d, q) {
                if (d instanceof $root.afbackup.archive.EntryHeader)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".afbackup.archive.EntryHeader: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.afbackup.archive.EntryHeader();
                if (d.name != null) {
                    if (d.name.length) {
                        if (typeof d.name === "string")
                            $util.base64.decode(d.name, m.name = $util.newBuffer($util.base64.length(d.name)), 0);
                        else if (d.name.length >= 0)
                            m.name = d.name;
                    }
                }
                if (d.type !== 0 && (typeof d.type !== "string" || $root.afbackup.archive.EntryType[d.type] !== 0)) {
                    switch (d.type) {
                    case "ENTRY_TYPE_UNSPECIFIED":
                    case 0:
                        m.type = 0;
                        break;
                    case "ENTRY_TYPE_FILE":
                    case 1:
                        m.type = 1;
                        break;
                    case "ENTRY_TYPE_DIRECTORY":
                    case 2:
                        m.type = 2;
                        break;
                    case "ENTRY_TYPE_SYMLINK":
                    case 3:
                        m.type = 3;
                        break;
                    case "ENTRY_TYPE_HARDLINK":
                    case 4:
                        m.type = 4;
                        break;
                    case "ENTRY_TYPE_FIFO":
                    case 5:
                        m.type = 5;
                        break;
                    case "ENTRY_TYPE_SOCKET":
                    case 6:
                        m.type = 6;
                        break;
                    case "ENTRY_TYPE_CHARDEV":
                    case 7:
                        m.type = 7;
                        break;
                    case "ENTRY_TYPE_BLOCKDEV":
                    case 8:
                        m.type = 8;
                        break;
                    case "ENTRY_TYPE_COMMAND":
                    case 9:
                        m.type = 9;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.mode != null) {
                    if ($Number(d.mode) !== 0) {
                        m.mode = d.mode >>> 0;
                    }
                }
                if (d.uid != null) {
                    if ($Number(d.uid) !== 0) {
                        m.uid = d.uid >>> 0;
                    }
                }
                if (d.gid != null) {
                    if ($Number(d.gid) !== 0) {
                        m.gid = d.gid >>> 0;
                    }
                }
                if (d.user != null) {
                    if (typeof d.user !== "string" || d.user.length) {
                        m.user = $String(d.user);
                    }
                }
                if (d.group != null) {
                    if (typeof d.group !== "string" || d.group.length) {
                        m.group = $String(d.group);
                    }
                }
                if (d.mtimeNs != null) {
                    if (typeof d.mtimeNs === "object" ? d.mtimeNs.low || d.mtimeNs.high : $Number(d.mtimeNs) !== 0) {
                        if ($util.Long)
                            m.mtimeNs = $util.Long.fromValue(d.mtimeNs, false);
                        else if (typeof d.mtimeNs === "string")
                            m.mtimeNs = $parseInt(d.mtimeNs, 10);
                        else if (typeof d.mtimeNs === "number")
                            m.mtimeNs = d.mtimeNs;
                        else if (typeof d.mtimeNs === "object")
                            m.mtimeNs = new $util.LongBits(d.mtimeNs.low >>> 0, d.mtimeNs.high >>> 0).toNumber();
                    }
                }
                if (d.ctimeNs != null) {
                    if (typeof d.ctimeNs === "object" ? d.ctimeNs.low || d.ctimeNs.high : $Number(d.ctimeNs) !== 0) {
                        if ($util.Long)
                            m.ctimeNs = $util.Long.fromValue(d.ctimeNs, false);
                        else if (typeof d.ctimeNs === "string")
                            m.ctimeNs = $parseInt(d.ctimeNs, 10);
                        else if (typeof d.ctimeNs === "number")
                            m.ctimeNs = d.ctimeNs;
                        else if (typeof d.ctimeNs === "object")
                            m.ctimeNs = new $util.LongBits(d.ctimeNs.low >>> 0, d.ctimeNs.high >>> 0).toNumber();
                    }
                }
                if (d.atimeNs != null) {
                    if (typeof d.atimeNs === "object" ? d.atimeNs.low || d.atimeNs.high : $Number(d.atimeNs) !== 0) {
                        if ($util.Long)
                            m.atimeNs = $util.Long.fromValue(d.atimeNs, false);
                        else if (typeof d.atimeNs === "string")
                            m.atimeNs = $parseInt(d.atimeNs, 10);
                        else if (typeof d.atimeNs === "number")
                            m.atimeNs = d.atimeNs;
                        else if (typeof d.atimeNs === "object")
                            m.atimeNs = new $util.LongBits(d.atimeNs.low >>> 0, d.atimeNs.high >>> 0).toNumber();
                    }
                }
                if (d.size != null) {
                    if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                        if ($util.Long)
                            m.size = $util.Long.fromValue(d.size, true);
                        else if (typeof d.size === "string")
                            m.size = $parseInt(d.size, 10);
                        else if (typeof d.size === "number")
                            m.size = d.size;
                        else if (typeof d.size === "object")
                            m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber(true);
                    }
                }
                if (d.linkTarget != null) {
                    if (typeof d.linkTarget === "string")
                        $util.base64.decode(d.linkTarget, m.linkTarget = $util.newBuffer($util.base64.length(d.linkTarget)), 0);
                    else if (d.linkTarget.length >= 0)
                        m.linkTarget = d.linkTarget;
                }
                if (d.devMajor != null) {
                    m.devMajor = d.devMajor >>> 0;
                }
                if (d.devMinor != null) {
                    m.devMinor = d.devMinor >>> 0;
                }
                if (d.xattrs) {
                    if (!$Array.isArray(d.xattrs))
                        throw $TypeError(".afbackup.archive.EntryHeader.xattrs: array expected");
                    m.xattrs = $Array(d.xattrs.length);
                    for (var i = 0; i < d.xattrs.length; ++i) {
                        if (!$util.isObject(d.xattrs[i]))
                            throw $TypeError(".afbackup.archive.EntryHeader.xattrs: object expected");
                        m.xattrs[i] = $root.afbackup.archive.Xattr.fromObject(d.xattrs[i], q + 1);
                    }
                }
                if (d.aclAccess != null) {
                    if (typeof d.aclAccess === "string")
                        $util.base64.decode(d.aclAccess, m.aclAccess = $util.newBuffer($util.base64.length(d.aclAccess)), 0);
                    else if (d.aclAccess.length >= 0)
                        m.aclAccess = d.aclAccess;
                }
                if (d.aclDefault != null) {
                    if (typeof d.aclDefault === "string")
                        $util.base64.decode(d.aclDefault, m.aclDefault = $util.newBuffer($util.base64.length(d.aclDefault)), 0);
                    else if (d.aclDefault.length >= 0)
                        m.aclDefault = d.aclDefault;
                }
                if (d.codec !== 0 && (typeof d.codec !== "string" || $root.afbackup.archive.Codec[d.codec] !== 0)) {
                    switch (d.codec) {
                    case "CODEC_NONE":
                    case 0:
                        m.codec = 0;
                        break;
                    case "CODEC_ZSTD":
                    case 1:
                        m.codec = 1;
                        break;
                    case "CODEC_FILTER":
                    case 2:
                        m.codec = 2;
                        break;
                    default:
                        if (typeof d.codec === "number" && (d.codec | 0) === d.codec)
                            m.codec = d.codec;
                    }
                }
                if (d.codecLevel != null) {
                    if ($Number(d.codecLevel) !== 0) {
                        m.codecLevel = d.codecLevel | 0;
                    }
                }
                if (d.filterCommand != null) {
                    if (typeof d.filterCommand !== "string" || d.filterCommand.length) {
                        m.filterCommand = $String(d.filterCommand);
                    }
                }
                if (d.restoreCommand != null) {
                    if (typeof d.restoreCommand !== "string" || d.restoreCommand.length) {
                        m.restoreCommand = $String(d.restoreCommand);
                    }
                }
                if (d.command != null) {
                    if (!$util.isObject(d.command))
                        throw $TypeError(".afbackup.archive.EntryHeader.command: object expected");
                    m.command = $root.afbackup.archive.CommandSpec.fromObject(d.command, q + 1);
                }
                if (d.flags != null) {
                    if ($Number(d.flags) !== 0) {
                        m.flags = d.flags >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EntryHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {afbackup.archive.EntryHeader} m EntryHeader
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EntryHeader.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.xattrs = [];
                }
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.name = "";
                    else {
                        d.name = [];
                        if (o.bytes !== $Array)
                            d.name = $util.newBuffer(d.name);
                    }
                    d.type = o.enums === $String ? "ENTRY_TYPE_UNSPECIFIED" : 0;
                    d.mode = 0;
                    d.uid = 0;
                    d.gid = 0;
                    d.user = "";
                    d.group = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.mtimeNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.mtimeNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.ctimeNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ctimeNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.atimeNs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.atimeNs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.codec = o.enums === $String ? "CODEC_NONE" : 0;
                    d.codecLevel = 0;
                    d.filterCommand = "";
                    d.restoreCommand = "";
                    d.command = null;
                    d.flags = 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = o.bytes === $String ? $util.base64.encode(m.name, 0, m.name.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.name) : m.name;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.afbackup.archive.EntryType[m.type] === $undefined ? m.type : $root.afbackup.archive.EntryType[m.type] : m.type;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = m.mode;
                }
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                    d.uid = m.uid;
                }
                if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                    d.gid = m.gid;
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.group != null && $Object.hasOwnProperty.call(m, "group")) {
                    d.group = m.group;
                }
                if (m.mtimeNs != null && $Object.hasOwnProperty.call(m, "mtimeNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.mtimeNs = typeof m.mtimeNs === "number" ? $BigInt(m.mtimeNs) : $util.Long.fromBits(m.mtimeNs.low >>> 0, m.mtimeNs.high >>> 0, false).toBigInt();
                    else if (typeof m.mtimeNs === "number")
                        d.mtimeNs = o.longs === $String ? $String(m.mtimeNs) : m.mtimeNs;
                    else
                        d.mtimeNs = o.longs === $String ? $util.Long.prototype.toString.call(m.mtimeNs) : o.longs === $Number ? new $util.LongBits(m.mtimeNs.low >>> 0, m.mtimeNs.high >>> 0).toNumber() : m.mtimeNs;
                }
                if (m.ctimeNs != null && $Object.hasOwnProperty.call(m, "ctimeNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ctimeNs = typeof m.ctimeNs === "number" ? $BigInt(m.ctimeNs) : $util.Long.fromBits(m.ctimeNs.low >>> 0, m.ctimeNs.high >>> 0, false).toBigInt();
                    else if (typeof m.ctimeNs === "number")
                        d.ctimeNs = o.longs === $String ? $String(m.ctimeNs) : m.ctimeNs;
                    else
                        d.ctimeNs = o.longs === $String ? $util.Long.prototype.toString.call(m.ctimeNs) : o.longs === $Number ? new $util.LongBits(m.ctimeNs.low >>> 0, m.ctimeNs.high >>> 0).toNumber() : m.ctimeNs;
                }
                if (m.atimeNs != null && $Object.hasOwnProperty.call(m, "atimeNs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.atimeNs = typeof m.atimeNs === "number" ? $BigInt(m.atimeNs) : $util.Long.fromBits(m.atimeNs.low >>> 0, m.atimeNs.high >>> 0, false).toBigInt();
                    else if (typeof m.atimeNs === "number")
                        d.atimeNs = o.longs === $String ? $String(m.atimeNs) : m.atimeNs;
                    else
                        d.atimeNs = o.longs === $String ? $util.Long.prototype.toString.call(m.atimeNs) : o.longs === $Number ? new $util.LongBits(m.atimeNs.low >>> 0, m.atimeNs.high >>> 0).toNumber() : m.atimeNs;
                }
                if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                    else if (typeof m.size === "number")
                        d.size = o.longs === $String ? $String(m.size) : m.size;
                    else
                        d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
                }
                if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget")) {
                    d.linkTarget = o.bytes === $String ? $util.base64.encode(m.linkTarget, 0, m.linkTarget.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.linkTarget) : m.linkTarget;
                }
                if (m.devMajor != null && $Object.hasOwnProperty.call(m, "devMajor")) {
                    d.devMajor = m.devMajor;
                }
                if (m.devMinor != null && $Object.hasOwnProperty.call(m, "devMinor")) {
                    d.devMinor = m.devMinor;
                }
                if (m.xattrs && m.xattrs.length) {
                    d.xattrs = $Array(m.xattrs.length);
                    for (var j = 0; j < m.xattrs.length; ++j) {
                        d.xattrs[j] = $root.afbackup.archive.Xattr.toObject(m.xattrs[j], o, q + 1);
                    }
                }
                if (m.aclAccess != null && $Object.hasOwnProperty.call(m, "aclAccess")) {
                    d.aclAccess = o.bytes === $String ? $util.base64.encode(m.aclAccess, 0, m.aclAccess.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.aclAccess) : m.aclAccess;
                }
                if (m.aclDefault != null && $Object.hasOwnProperty.call(m, "aclDefault")) {
                    d.aclDefault = o.bytes === $String ? $util.base64.encode(m.aclDefault, 0, m.aclDefault.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.aclDefault) : m.aclDefault;
                }
                if (m.codec != null && $Object.hasOwnProperty.call(m, "codec")) {
                    d.codec = o.enums === $String ? $root.afbackup.archive.Codec[m.codec] === $undefined ? m.codec : $root.afbackup.archive.Codec[m.codec] : m.codec;
                }
                if (m.codecLevel != null && $Object.hasOwnProperty.call(m, "codecLevel")) {
                    d.codecLevel = m.codecLevel;
                }
                if (m.filterCommand != null && $Object.hasOwnProperty.call(m, "filterCommand")) {
                    d.filterCommand = m.filterCommand;
                }
                if (m.restoreCommand != null && $Object.hasOwnProperty.call(m, "restoreCommand")) {
                    d.restoreCommand = m.restoreCommand;
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = $root.afbackup.archive.CommandSpec.toObject(m.command, o, q + 1);
                }
                if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                    d.flags = m.flags;
                }
                return d;
            };

            /**
             * Converts this EntryHeader to JSON.
             * @function toJSON
             * @memberof afbackup.archive.EntryHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EntryHeader.prototype.toJSON = function() {
                return EntryHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EntryHeader
             * @function getTypeUrl
             * @memberof afbackup.archive.EntryHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EntryHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/afbackup.archive.EntryHeader";
            };

            return EntryHeader;
        })();

        return archive;
    })();

    return afbackup;
})();

export {
  $root as default
};
