/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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

            return EntryHeader;
        })();

        return archive;
    })();

    return afbackup;
})();

export {
  $root as default
};
