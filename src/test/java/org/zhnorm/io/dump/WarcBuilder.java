package org.zhnorm.io.dump;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Builds small WARC files for tests. */
final class WarcBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  WarcBuilder record(String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2021-05-06T07:08:09Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  WarcBuilder raw(String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  static byte[] http(int status, String contentType, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(body);
    return b.toByteArray();
  }

  static byte[] gbkPage() {
    String html = "<html><head><title>新闻</title></head><body><p>中华人民共和国国务院今天发布了关于进一步加强农村教育工作的通知。</p></body></html>";
    return html.getBytes(Charset.forName("GBK"));
  }

  /** warcinfo, request, GBK response, image response, redirect, conversion. */
  static byte[] sample() {
    return new WarcBuilder()
        .record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))
        .record("request", "http://news.example.cn/1.html", "application/http; msgtype=request",
            "GET /1.html HTTP/1.1\r\nHost: news.example.cn\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
        .record("response", "http://news.example.cn/1.html", "application/http; msgtype=response",
            http(200, "text/html; charset=gb2312", gbkPage()))
        .record("response", "http://news.example.cn/a.png", "application/http; msgtype=response",
            http(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
        .record("response", "http://news.example.cn/old", "application/http; msgtype=response",
            http(301, "text/html", new byte[0]))
        .record("conversion", "http://news.example.cn/2.html", "text/plain",
            "纯文本转换记录。".getBytes(StandardCharsets.UTF_8))
        .bytes();
  }
}
