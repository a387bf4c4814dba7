import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace afbackup. */
export namespace afbackup {

    /** Namespace archive. */
    namespace archive {

        /** EntryType enum. */
        enum EntryType {

            /** ENTRY_TYPE_UNSPECIFIED value */
            ENTRY_TYPE_UNSPECIFIED = 0,

            /** ENTRY_TYPE_FILE value */
            ENTRY_TYPE_FILE = 1,

            /** ENTRY_TYPE_DIRECTORY value */
            ENTRY_TYPE_DIRECTORY = 2,

            /** ENTRY_TYPE_SYMLINK value */
            ENTRY_TYPE_SYMLINK = 3,

            /** ENTRY_TYPE_HARDLINK value */
            ENTRY_TYPE_HARDLINK = 4,

            /** ENTRY_TYPE_FIFO value */
            ENTRY_TYPE_FIFO = 5,

            /** ENTRY_TYPE_SOCKET value */
            ENTRY_TYPE_SOCKET = 6,

            /** ENTRY_TYPE_CHARDEV value */
            ENTRY_TYPE_CHARDEV = 7,

            /** ENTRY_TYPE_BLOCKDEV value */
            ENTRY_TYPE_BLOCKDEV = 8,

            /** ENTRY_TYPE_COMMAND value */
            ENTRY_TYPE_COMMAND = 9
        }

        /** Codec enum. */
        enum Codec {

            /** CODEC_NONE value */
            CODEC_NONE = 0,

            /** CODEC_ZSTD value */
            CODEC_ZSTD = 1,

            /** CODEC_FILTER value */
            CODEC_FILTER = 2
        }

        /**
         * Properties of a Xattr.
         * @deprecated Use afbackup.archive.Xattr.$Properties instead.
         */
        interface IXattr extends afbackup.archive.Xattr.$Properties {
        }

        /** Represents a Xattr. */
        class Xattr {

            /**
             * Constructs a new Xattr.
             * @param [p] Properties to set
             */
            constructor(p?: afbackup.archive.Xattr.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Xattr name. */
            name: string;

            /** Xattr value. */
            value: Uint8Array;

            /**
             * Creates a new Xattr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Xattr instance
             */
            static create(properties: afbackup.archive.Xattr.$Shape): afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape;
            static create(properties?: afbackup.archive.Xattr.$Properties): afbackup.archive.Xattr;

            /**
             * Encodes the specified Xattr message. Does not implicitly {@link afbackup.archive.Xattr.verify|verify} messages.
             * @param m Xattr message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: afbackup.archive.Xattr.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Xattr message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape} Xattr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afbackup.archive.Xattr & afbackup.archive.Xattr.$Shape;
        }

        namespace Xattr {

            /** Properties of a Xattr. */
            interface $Properties {

                /** Xattr name */
                name?: (string|null);

                /** Xattr value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Xattr. */
            type $Shape = afbackup.archive.Xattr.$Properties;
        }

        /**
         * Properties of a CommandSpec.
         * @deprecated Use afbackup.archive.CommandSpec.$Properties instead.
         */
        interface ICommandSpec extends afbackup.archive.CommandSpec.$Properties {
        }

        /** Represents a CommandSpec. */
        class CommandSpec {

            /**
             * Constructs a new CommandSpec.
             * @param [p] Properties to set
             */
            constructor(p?: afbackup.archive.CommandSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandSpec dump. */
            dump: string;

            /** CommandSpec restore. */
            restore: string;

            /** CommandSpec comment. */
            comment: string;

            /**
             * Creates a new CommandSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandSpec instance
             */
            static create(properties: afbackup.archive.CommandSpec.$Shape): afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape;
            static create(properties?: afbackup.archive.CommandSpec.$Properties): afbackup.archive.CommandSpec;

            /**
             * Encodes the specified CommandSpec message. Does not implicitly {@link afbackup.archive.CommandSpec.verify|verify} messages.
             * @param m CommandSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: afbackup.archive.CommandSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape} CommandSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afbackup.archive.CommandSpec & afbackup.archive.CommandSpec.$Shape;
        }

        namespace CommandSpec {

            /** Properties of a CommandSpec. */
            interface $Properties {

                /** CommandSpec dump */
                dump?: (string|null);

                /** CommandSpec restore */
                restore?: (string|null);

                /** CommandSpec comment */
                comment?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandSpec. */
            type $Shape = afbackup.archive.CommandSpec.$Properties;
        }

        /**
         * Properties of an EntryHeader.
         * @deprecated Use afbackup.archive.EntryHeader.$Properties instead.
         */
        interface IEntryHeader extends afbackup.archive.EntryHeader.$Properties {
        }

        /** Represents an EntryHeader. */
        class EntryHeader {

            /**
             * Constructs a new EntryHeader.
             * @param [p] Properties to set
             */
            constructor(p?: afbackup.archive.EntryHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntryHeader name. */
            name: Uint8Array;

            /** EntryHeader type. */
            type: afbackup.archive.EntryType;

            /** EntryHeader mode. */
            mode: number;

            /** EntryHeader uid. */
            uid: number;

            /** EntryHeader gid. */
            gid: number;

            /** EntryHeader user. */
            user: string;

            /** EntryHeader group. */
            group: string;

            /** EntryHeader mtimeNs. */
            mtimeNs: Long;

            /** EntryHeader ctimeNs. */
            ctimeNs: Long;

            /** EntryHeader atimeNs. */
            atimeNs: Long;

            /** EntryHeader size. */
            size: Long;

            /** EntryHeader linkTarget. */
            linkTarget?: (Uint8Array|null);

            /** EntryHeader devMajor. */
            devMajor?: (number|null);

            /** EntryHeader devMinor. */
            devMinor?: (number|null);

            /** EntryHeader xattrs. */
            xattrs: afbackup.archive.Xattr.$Properties[];

            /** EntryHeader aclAccess. */
            aclAccess?: (Uint8Array|null);

            /** EntryHeader aclDefault. */
            aclDefault?: (Uint8Array|null);

            /** EntryHeader codec. */
            codec: afbackup.archive.Codec;

            /** EntryHeader codecLevel. */
            codecLevel: number;

            /** EntryHeader filterCommand. */
            filterCommand: string;

            /** EntryHeader restoreCommand. */
            restoreCommand: string;

            /** EntryHeader command. */
            command?: (afbackup.archive.CommandSpec.$Properties|null);

            /** EntryHeader flags. */
            flags: number;

            /**
             * Creates a new EntryHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EntryHeader instance
             */
            static create(properties: afbackup.archive.EntryHeader.$Shape): afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape;
            static create(properties?: afbackup.archive.EntryHeader.$Properties): afbackup.archive.EntryHeader;

            /**
             * Encodes the specified EntryHeader message. Does not implicitly {@link afbackup.archive.EntryHeader.verify|verify} messages.
             * @param m EntryHeader message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: afbackup.archive.EntryHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntryHeader message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape} EntryHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): afbackup.archive.EntryHeader & afbackup.archive.EntryHeader.$Shape;
        }

        namespace EntryHeader {

            /** Properties of an EntryHeader. */
            interface $Properties {

                /** EntryHeader name */
                name?: (Uint8Array|null);

                /** EntryHeader type */
                type?: (afbackup.archive.EntryType|null);

                /** EntryHeader mode */
                mode?: (number|null);

                /** EntryHeader uid */
                uid?: (number|null);

                /** EntryHeader gid */
                gid?: (number|null);

                /** EntryHeader user */
                user?: (string|null);

                /** EntryHeader group */
                group?: (string|null);

                /** EntryHeader mtimeNs */
                mtimeNs?: (Long|null);

                /** EntryHeader ctimeNs */
                ctimeNs?: (Long|null);

                /** EntryHeader atimeNs */
                atimeNs?: (Long|null);

                /** EntryHeader size */
                size?: (Long|null);

                /** EntryHeader linkTarget */
                linkTarget?: (Uint8Array|null);

                /** EntryHeader devMajor */
                devMajor?: (number|null);

                /** EntryHeader devMinor */
                devMinor?: (number|null);

                /** EntryHeader xattrs */
                xattrs?: (afbackup.archive.Xattr.$Properties[]|null);

                /** EntryHeader aclAccess */
                aclAccess?: (Uint8Array|null);

                /** EntryHeader aclDefault */
                aclDefault?: (Uint8Array|null);

                /** EntryHeader codec */
                codec?: (afbackup.archive.Codec|null);

                /** EntryHeader codecLevel */
                codecLevel?: (number|null);

                /** EntryHeader filterCommand */
                filterCommand?: (string|null);

                /** EntryHeader restoreCommand */
                restoreCommand?: (string|null);

                /** EntryHeader command */
                command?: (afbackup.archive.CommandSpec.$Properties|null);

                /** EntryHeader flags */
                flags?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntryHeader. */
            type $Shape = afbackup.archive.EntryHeader.$Properties;
        }
    }
}
