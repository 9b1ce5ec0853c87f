export declare const PEER_HEADER: "x-hukou-peer";
export declare function installPeerStampKey(): Buffer;
export declare function hasPeerStampKey(): boolean;
export declare function stampPeer(address: string): string;
export declare function verifyPeer(value: string | null | undefined): string | undefined;
